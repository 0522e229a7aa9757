// A value partly moved out before a panic has only its remaining fields dropped by the unwinding; a variable moved out as a whole is not dropped at all.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

fn main() {
    let p = Pair { left: Noisy("left"), right: Noisy("right") };
    let whole = Noisy("whole");
    consume(p.left);
    let moved = whole;
    let other = moved;
    let r: Result<u32, String> = Err(String::from("no"));
    let n = r.unwrap();
    println!("{}", n);
}

// expect: consume left
// expect: drop left
// expect: drop whole
// expect: drop right
// panic: called `Result::unwrap()` on an `Err` value: "no"
// panic-at: 26:15
