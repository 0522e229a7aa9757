// Rc::make_mut on a shared cell clones the value into a new cell of its own (copy on write); unshared, it changes in place.
use std::rc::Rc;

fn main() {
    let mut mine = Rc::new(String::from("draft"));
    let theirs = Rc::clone(&mine);
    Rc::make_mut(&mut mine).push_str(" v2");
    println!("{} / {}", mine, theirs);
    println!("{} {}", Rc::strong_count(&mine), Rc::strong_count(&theirs));
    Rc::make_mut(&mut mine).push('!');
    println!("{}", mine);
}
// expect: draft v2 / draft
// expect: 1 1
// expect: draft v2!
