// Slicing a &str by a byte index inside a multi-byte char panics ("byte index 2 is not a char boundary").
fn main() {
    let word = "héllo";
    println!("{}", &word[..1]);
    println!("{}", &word[..2]);
}
// expect: h
// panic: end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`
// panic-at: 5:25
