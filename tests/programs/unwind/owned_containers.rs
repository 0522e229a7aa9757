// Unwinding drops values inside a Vec, a Box, an Option and a tuple as their owners are dropped, each in rustc's order (the Vec front to back).
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy("v1"), Noisy("v2")];
    let b = Box::new(Noisy("b"));
    let o = Some(Noisy("o"));
    let t = (Noisy("t0"), Noisy("t1"));
    let limit: u8 = 250;
    let over = limit + (v.len() as u8) * 3;
    println!("{}", over);
}

// expect: drop t0
// expect: drop t1
// expect: drop o
// expect: drop b
// expect: drop v1
// expect: drop v2
// panic: attempt to add with overflow
// panic-at: 16:16
