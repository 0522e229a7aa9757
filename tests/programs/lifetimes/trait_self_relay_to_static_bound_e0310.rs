// A trait's provided method giving `Self` to a `'static`-bounded parameter: Self may hold a borrow unless the trait says `'static`, so E0310.
use std::fmt::Debug;

fn needs_static<U: Debug + 'static>(u: U) {
    println!("{:?}", u);
}

trait Report: Debug + Clone {
    fn report(&self) {
        needs_static(self.clone())
    }
}

#[derive(Debug, Clone)]
struct P(u8);

impl Report for P {}

fn main() {
    P(1).report();
}
// error: E0310 at 10:9
