// `vec![x; 0]` allocates nothing, and a String element given to it is dropped at once.
fn main() {
    let empty = vec![String::from("unused"); 0];
    println!("{:?} {}", empty, empty.capacity());
}
// expect: [] 0
