// Bounds in a `where` clause work as bounds in the parameter list.
use std::fmt::Display;

fn describe<T, U>(t: &T, u: &U) -> String
where
    T: Display + Clone,
    U: Clone + std::fmt::Debug,
{
    format!("{} / {:?}", t, u.clone())
}

fn main() {
    println!("{}", describe(&7, &vec![1, 2]));
    println!("{}", describe(&String::from("s"), &Some('x')));
}
// expect: 7 / [1, 2]
// expect: s / Some('x')
