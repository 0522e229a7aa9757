// `impl Trait` as a struct field's type: E0562 "not allowed in field types".
use std::fmt::Display;
struct Labelled {
    label: impl Display,
    value: i32,
}
fn main() {
    let l = Labelled { label: "x", value: 1 };
    println!("{} {}", l.label, l.value);
}
// error: E0562 at 4:12
