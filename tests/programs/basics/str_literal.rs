// A string literal is a `&str`: it lives in the program, not on the heap.
fn main() {
    let greeting = "hello";
    let name: &str = "world";
    println!("{}, {}!", greeting, name);
    println!("{}", greeting.len());
}
// expect: hello, world!
// expect: 5
