// A `T: 'static` argument that is a variable holding a borrow of a local keeps that borrow for ever: E0597 at the `&`.
use std::fmt::Debug;

fn show<T: Debug + 'static>(t: T) {
    println!("{:?}", t);
}

fn main() {
    let words = vec![1, 2, 3];
    let r = &words;
    show(r);
}
// error: E0597 at 10:13
