// `*b = ..` after `let s = *b;` gives the Box its contents back: it may be used again, and each String is freed once.
fn main() {
    let mut b = Box::new(String::from("first"));
    let s = *b;
    *b = String::from("second");
    println!("{} {}", b, s);
}
// expect: second first
