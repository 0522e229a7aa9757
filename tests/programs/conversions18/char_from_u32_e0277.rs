// std has no From<u32> for char (not every u32 is a char: `char::from_u32` gives an Option), so `char::from(n)` of a u32 is rustc's E0277 at the path.
fn main() {
    let n: u32 = 104;
    println!("{}", char::from(n));
}
// error: E0277 at 4:20
