// `size_of_val` measures a value: a String is 24 bytes however long its text is.
use std::mem::size_of_val;

fn main() {
    let short = String::from("a");
    let long = String::from("a much longer piece of text");
    let arr = [0u16; 5];
    println!("{} {} {}", size_of_val(&short), size_of_val(&long), size_of_val(&arr));
    println!("{} {}", size_of_val("hello"), size_of_val(&long[..]));
}
// expect: 24 24 10
// expect: 5 27
