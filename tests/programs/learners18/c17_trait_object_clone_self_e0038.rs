// A trait returning Self is not usable as dyn: &dyn Cloner is E0038.
trait Cloner {
    fn duplicate(&self) -> Self;
}

struct A;

impl Cloner for A {
    fn duplicate(&self) -> Self {
        A
    }
}

fn show(c: &dyn Cloner) {
    let _ = c;
}

fn main() {
    show(&A);
}
// error: E0038 at 14:13
