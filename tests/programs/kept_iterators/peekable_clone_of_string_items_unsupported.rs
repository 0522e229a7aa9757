// Cloning a kept Peekable whose peeked item is a String is not supported yet: the engine says so at the call.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    let mut it = v.iter().map(|s| s.to_uppercase()).peekable();
    it.peek();
    let c = it.clone();
    println!("{:?} {:?}", c.count(), it.next());
}
// expect: 2 Some("A")
// unsupported: the method `clone` of `std::iter::Peekable at 6:16
