// A Box<String> is two heap blocks: the box holds the String header, which owns the text.
fn main() {
    let boxed = Box::new(String::from("hi"));
    println!("{} {:?}", boxed, boxed);
}
// expect: hi "hi"
