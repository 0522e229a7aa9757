// Rc::try_unwrap moves the value out of the cell when it is the last Rc (the cell is freed), and gives the Rc back as Err while another Rc shares it.
use std::rc::Rc;

fn main() {
    let a = Rc::new(String::from("shared"));
    let b = Rc::clone(&a);
    let a = match Rc::try_unwrap(a) {
        Ok(s) => panic!("unexpected {s}"),
        Err(rc) => rc,
    };
    println!("{}", Rc::strong_count(&a));
    drop(b);
    let s: String = Rc::try_unwrap(a).unwrap();
    println!("{s}");
}
// expect: 2
// expect: shared
