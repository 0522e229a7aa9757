// `into_boxed_str` on a String whose capacity is already its length takes the buffer over without a realloc; Display and Debug print the text.
fn main() {
    let s = String::from("hello");
    let b: Box<str> = s.into_boxed_str();
    println!("{} {:?} {}", b, b, b.len());
}
// expect: hello "hello" 5
