// `impl Trait` as a closure parameter's type: E0562 "not allowed in closure parameters".
use std::fmt::Display;
fn main() {
    let show = |x: impl Display| println!("<{x}>");
    show(1);
}
// error: E0562 at 4:20
