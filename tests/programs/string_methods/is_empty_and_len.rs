// `is_empty` is true only for a String of length 0; `len` counts bytes.
fn main() {
    let empty = String::new();
    let word = String::from("añb");
    println!("{} {}", empty.is_empty(), empty.len());
    println!("{} {}", word.is_empty(), word.len());
}
// expect: true 0
// expect: false 4
