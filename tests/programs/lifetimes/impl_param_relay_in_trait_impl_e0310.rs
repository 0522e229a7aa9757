// The same in a trait impl, with T inside a Vec: `vec![self.0.clone()]` holds T, so it must be `'static` too (E0310).
use std::fmt::Debug;

fn needs_static<U: Debug + 'static>(u: U) {
    println!("{:?}", u);
}

trait Report {
    fn report(&self);
}

struct Holder<T>(T);

impl<T: Debug + Clone> Report for Holder<T> {
    fn report(&self) {
        needs_static(vec![self.0.clone()])
    }
}

fn main() {
    Holder(1).report();
}
// error: E0310 at 16:9
