// A value moved to another variable is dropped once, under its new name; an extended temporary is dropped with the block's variables, in reverse order.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = Noisy("x1");
    let y = x;
    let z = &Noisy("ext");
    let d: i32 = z.0.len() as i32 - 3;
    println!("{}", 10 / d);
    println!("never {}", y.0);
}

// expect: drop ext
// expect: drop x1
// panic: attempt to divide by zero
// panic-at: 15:20
