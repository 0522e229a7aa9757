// Rc::try_unwrap of a shared Rc fails and hands the Rc back in Err; once the other is dropped it succeeds and frees the cell.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("only"));
    let b = Rc::clone(&a);
    let a = match Rc::try_unwrap(a) {
        Ok(s) => panic!("unexpected {s}"),
        Err(back) => back,
    };
    drop(b);
    let s = Rc::try_unwrap(a).unwrap();
    println!("{s}");
}
// expect: only
