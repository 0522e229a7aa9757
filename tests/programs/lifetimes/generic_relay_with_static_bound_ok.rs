// A generic function whose own `T` is bounded `'static` (in its list or its `where` clause) may pass it on to a `T: 'static` parameter.
use std::fmt::Debug;

fn show<T: Debug + 'static>(t: T) {
    println!("{:?}", t);
}

fn relay<T: Debug + 'static>(t: T) {
    show(t);
}

fn relay_where<T>(t: T)
where
    T: Debug + 'static,
{
    show(t);
}

fn main() {
    relay(5);
    relay_where(String::from("owned"));
    relay("a literal");
}
// expect: 5
// expect: "owned"
// expect: "a literal"
