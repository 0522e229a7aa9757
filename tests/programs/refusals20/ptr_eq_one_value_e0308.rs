// std::ptr::eq with one reference and one value: E0308 at the value, expected a `*const` of the reference's type.
fn main() {
    let a = 1;
    let b = 2;
    let r = &a;
    println!("{}", std::ptr::eq(r, b));
}
// error: E0308 at 6:36
