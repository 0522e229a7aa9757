// std::borrow::Cow is outside the subset: the engine says so at the `use`.
use std::borrow::Cow;

fn main() {
    let c: Cow<str> = Cow::Borrowed("hi");
    println!("{}", c.len());
}
// expect: 2
// unsupported: `std::borrow::Cow` is not supported yet at 2:5
