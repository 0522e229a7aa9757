// An impl's own type parameter `T` given by its method to a `'static`-bounded parameter, with no `T: 'static` anywhere: E0310 at the call.
use std::fmt::Debug;

fn needs_static<U: Debug + 'static>(u: U) {
    println!("{:?}", u);
}

struct Holder<T>(T);

impl<T: Debug + Clone> Holder<T> {
    fn show(&self) {
        needs_static(self.0.clone())
    }
}

fn main() {
    Holder(3).show();
}
// error: E0310 at 12:9
