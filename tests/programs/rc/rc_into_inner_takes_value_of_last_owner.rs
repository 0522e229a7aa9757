// Rc::into_inner gives the value back only to the last owner; the cell is freed and the String moves out intact.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("keep me"));
    let b = Rc::clone(&a);
    println!("{:?}", Rc::into_inner(a));
    let s = Rc::into_inner(b).unwrap();
    println!("{} {}", s, s.len());
}
// expect: None
// expect: keep me 7
