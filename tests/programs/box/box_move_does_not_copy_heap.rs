// Moving a Box copies only the pointer: the heap value stays where it is.
fn main() {
    let a = Box::new(42);
    let b = a;
    println!("{}", b);
}
// expect: 42
