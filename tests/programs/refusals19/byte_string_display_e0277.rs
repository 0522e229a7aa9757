// A byte string printed with {}: a [u8; 3] is not Display, rustc's E0277 at the argument.
fn main() {
    let b = b"abc";
    println!("{}", b);
}
// error: E0277 at 4:20
// headline: differs: the engine names the reference `&[u8; 3]` where rustc names the array it points at
