// Slicing a UTF-8 String inside a character panics at the byte index.
fn main() {
    let hello = "Здравствуйте";
    let s = &hello[0..4];
    println!("{s}");
    for c in "Зд".chars() {
        println!("{c}");
    }
    for b in "Зд".bytes() {
        println!("{b}");
    }
    let t = &hello[0..1];
    println!("{t}");
}
// expect: Зд
// expect: З
// expect: д
// expect: 208
// expect: 151
// expect: 208
// expect: 180
// panic: end byte index 1 is not a char boundary; it is inside 'З' (bytes 0..2) of `Здравствуйте`
// panic-at: 12:19
