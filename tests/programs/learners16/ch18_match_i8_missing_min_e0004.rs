// An i8 match from -127 up misses i8::MIN: E0004.
fn main() {
    let t: i8 = -3;
    match t {
        -127..=-1 => println!("neg"),
        0..=127 => println!("non-neg"),
    }
}
// error: E0004 at 4:11
