// A tail expression's temporary is dropped after the variables of its block (edition 2021): in a function body, a block and an `if` branch alike.
struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl D {
    fn len(&self) -> usize {
        self.0.len()
    }
}

fn f() -> usize {
    let _a = D("local");
    D("tail").len()
}

fn main() {
    println!("{}", f());
    let n = {
        let _b = D("block local");
        D("block tail").len()
    };
    println!("{}", n);
    let m = if n > 0 {
        let _d = D("then local");
        D("then tail").len()
    } else {
        0
    };
    println!("{}", m);
}
// expect: drop local
// expect: drop tail
// expect: 4
// expect: drop block local
// expect: drop block tail
// expect: 10
// expect: drop then local
// expect: drop then tail
// expect: 9
