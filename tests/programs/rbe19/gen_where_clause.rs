// A where clause bounding Option<T>, which an inline bound could not express.
use std::fmt::Debug;

trait PrintInOption {
    fn print_in_option(self);
}

impl<T> PrintInOption for T
where
    Option<T>: Debug,
{
    fn print_in_option(self) {
        println!("{:?}", Some(self));
    }
}

fn main() {
    let vec = vec![1, 2, 3];
    vec.print_in_option();
    "text".print_in_option();
}
// expect: Some([1, 2, 3])
// expect: Some("text")
// unsupported: a `where` bound on `Option<T>`
