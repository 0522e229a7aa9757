// Regression (difftest): a value whose type has a Drop impl, dropped on the way out of a `break`, `continue` or `return`, runs the destructor's body in full; the engine skipped its statements as if they were jumped over too.
struct Noisy {
    id: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn early() -> u32 {
    let _d = Noisy { id: 7 };
    return 5;
}

fn main() {
    let mut k = 0;
    let n = loop {
        k += 1;
        let _d = Noisy { id: k };
        if k >= 2 {
            break k * 10;
        }
    };
    println!("n {}", n);
    for i in 0..3 {
        let _d = Noisy { id: 100 + i };
        if i == 0 {
            continue;
        }
        if i == 1 {
            break;
        }
    }
    println!("early {}", early());
}
// expect: drop 1
// expect: drop 2
// expect: n 20
// expect: drop 100
// expect: drop 101
// expect: drop 7
// expect: early 5
