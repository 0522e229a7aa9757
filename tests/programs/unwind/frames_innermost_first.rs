// A panic unwinds the stack: the panicking frame's values are dropped first (last declared first), then its caller's, each Drop impl printing after the panic's report.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inner(x: Noisy) {
    let y = Noisy("y");
    let empty: Vec<i32> = Vec::new();
    let n = empty[3];
    println!("never {}", n);
}

fn main() {
    let a = Noisy("a");
    let s = String::from("kept");
    inner(Noisy("x"));
    println!("{}", s);
}

// expect: drop y
// expect: drop x
// expect: drop a
// panic: index out of bounds: the len is 0 but the index is 3
// panic-at: 13:18
