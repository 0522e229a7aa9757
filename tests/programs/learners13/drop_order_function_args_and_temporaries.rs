// Drop order of a function's parameters (reverse of declaration at its end) and of a temporary in a statement.
struct N(u8);

impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn take_two(a: N, b: N) -> u8 {
    println!("in take_two {} {}", a.0, b.0);
    a.0 + b.0
}

fn make(n: u8) -> N {
    N(n)
}

fn main() {
    let s = take_two(N(1), N(2));
    println!("sum {}", s);
    println!("temp {}", make(7).0);
    let kept = make(9);
    println!("end {}", kept.0);
}
// expect: in take_two 1 2
// expect: drop 2
// expect: drop 1
// expect: sum 3
// expect: temp 7
// expect: drop 7
// expect: end 9
// expect: drop 9
