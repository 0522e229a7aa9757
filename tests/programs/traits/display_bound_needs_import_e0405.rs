// `Display` is not in Rust's prelude: naming it without `use std::fmt::Display` is E0405.
fn show<T: Display>(t: T) -> T {
    t
}

fn main() {
    show(1);
}
// error: E0405 at 2:12
