// Cloning a `Box<[String]>` allocates one cell of exactly its length, then clones each String into it.
fn main() {
    let b: Box<[String]> = vec![String::from("a"), String::from("bc")].into_boxed_slice();
    let c = b.clone();
    println!("{:?} {:?}", b, c);
}
// expect: ["a", "bc"] ["a", "bc"]
