// `#![deny(warnings)]` makes rustc's warnings errors; the engine raises no warnings, so it is not supported.
#![deny(warnings)]
fn main() {
    let total = 3;
    println!("{}", total);
}
// expect: 3
// unsupported: `#[deny(warnings)]`
