// A tuple literal that panics drops its evaluated parts (last first) and then the temporary one of them borrowed.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn boom() -> u8 {
    panic!("in the tuple")
}

fn main() {
    let t = (Noisy("t1"), &Noisy("t2"), Noisy("t3"), boom());
    println!("never {}", t.0 .0);
}

// expect: drop t3
// expect: drop t1
// expect: drop t2
// panic: in the tuple
// panic-at: 11:5
