// Slicing a String inside a multi-byte char panics: the byte index is not a char boundary.
fn main() {
    let s = String::from("héllo");
    println!("{}", &s[0..1]);
    println!("{}", &s[0..2]);
}
// expect: h
// panic: end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`
// panic-at: 5:22
