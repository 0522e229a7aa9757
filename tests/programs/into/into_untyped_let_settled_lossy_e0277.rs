// `.into()` settled later to a type std has no From for (i32 into u8): rustc's E0277 at `into`, once the target is known.
fn main() {
    let x: i32 = 5;
    let n = x.into();
    let m: u8 = n;
    println!("{}", m);
}
// error: E0277 at 4:15
