// A `move` closure using only a Copy field of a value with a `Drop` impl copies that field: the value stays, and is dropped at the end of main, not with the closure.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let x = Noisy("x");
    let f = move || println!("closure has {}", x.0);
    f();
    drop(f);
    println!("end {}", std::mem::size_of_val(&x));
}
// expect: closure has x
// expect: end 16
// expect: drop x
