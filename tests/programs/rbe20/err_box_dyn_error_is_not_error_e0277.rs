// Box<dyn Error> is not itself an Error (std's impl for Box<T> needs T: Sized): passing it for an `E: Error` parameter is rustc's E0277.
use std::error::Error;

fn show<E: Error>(e: E) {
    println!("{}", e);
}

fn main() {
    let b: Box<dyn Error> = "x".into();
    show(b);
}
// error: E0277 at 10:10
