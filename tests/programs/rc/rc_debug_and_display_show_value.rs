// Printing an Rc prints the value it points at, with {} and {:?} alike.
use std::rc::Rc;

fn main() {
    let n = Rc::new(7);
    let words = Rc::new(vec!["a", "b"]);
    let maybe = Rc::new(Some(3u8));
    println!("{} {:?}", n, n);
    println!("{:?}", words);
    println!("{:?}", maybe);
}
// expect: 7 7
// expect: ["a", "b"]
// expect: Some(3)
