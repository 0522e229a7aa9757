// Slicing a String in the middle of a multi-byte character panics.
fn main() {
    let s = String::from("héllo");
    let n = s.len() - 5;
    println!("{}", &s[0..n + 1]);
}
// panic: end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`
// panic-at: 5:22
