// An enum with explicit discriminants and a variant with fields needs a `#[repr(inttype)]`: E0732 at the enum (the engine had run it).
#[derive(Debug)]
enum R {
    P(bool) = 1,
    Q = 7,
}
fn main() {
    println!("{:?}", R::Q);
}
// error: E0732 at 3:1
