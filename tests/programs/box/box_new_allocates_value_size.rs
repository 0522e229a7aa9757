// `Box::new(5)` puts an i32 on the heap: a 4-byte allocation, freed when the box is dropped.
fn main() {
    let b = Box::new(5);
    println!("{}", b);
}
// expect: 5
