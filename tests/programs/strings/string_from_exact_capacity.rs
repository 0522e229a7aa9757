// `String::from` copies the literal's bytes into a heap buffer of exactly that size.
fn main() {
    let s = String::from("hello");
    println!("{}", s);
    println!("len {} capacity {}", s.len(), s.capacity());
}
// expect: hello
// expect: len 5 capacity 5
