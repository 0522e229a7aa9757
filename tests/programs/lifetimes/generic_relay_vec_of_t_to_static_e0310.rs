// A `Vec<T>` of the function's unbounded `T` given to a `'static`-bounded parameter is E0310 too: the vector might hold borrows.
use std::fmt::Debug;

fn keep<V: Debug + 'static>(v: V) -> usize {
    format!("{:?}", v).len()
}

fn wrap<T: Debug>(t: T) -> usize {
    keep(vec![t])
}

fn main() {
    println!("{}", wrap(3));
}
// error: E0310 at 9:5
