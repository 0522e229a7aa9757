// `println!()` with no arguments prints an empty line.
fn main() {
    println!("top");
    println!();
    println!("bottom");
}
// expect: top
// expect:
// expect: bottom
