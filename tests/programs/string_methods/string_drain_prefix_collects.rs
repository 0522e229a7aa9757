// String::drain(..6) yields the prefix's chars (collected into a new String) and the rest of the text moves to the front of the same buffer.
fn main() {
    let mut line = String::from("hello world");
    let first: String = line.drain(..6).collect();
    println!("{:?} {:?} {}", first, line, line.capacity());
}
// expect: "hello " "world" 11
