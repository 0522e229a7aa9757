// Without `use std::error::Error`, source() on a ParseIntError is E0599 with rustc's help to import the trait.
fn main() {
    let e = "x".parse::<u8>().unwrap_err();
    println!("{:?}", e.source());
}
// error: E0599 at 4:24
