// Calling a closure field as self.f(x) is E0599: it needs (self.f)(x).
struct Op<F: Fn(i32) -> i32> {
    f: F,
}

impl<F: Fn(i32) -> i32> Op<F> {
    fn run(&self, x: i32) -> i32 {
        self.f(x)
    }
}

fn main() {
    let o = Op { f: |x| x + 1 };
    println!("{}", o.run(1));
}
// error: E0599 at 8:14
