// A generic function passing its unbounded `T` on to a `T: 'static` parameter is E0310: T might hold a borrow.
use std::fmt::Debug;

fn show<T: Debug + 'static>(t: T) {
    println!("{:?}", t);
}

fn relay<T: Debug>(t: T) {
    show(t);
}

fn main() {
    relay(5);
}
// error: E0310 at 9:5
