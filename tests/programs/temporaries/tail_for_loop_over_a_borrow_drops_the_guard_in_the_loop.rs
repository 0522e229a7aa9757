// A `for` loop as a block's tail drops the temporaries of its head when the loop ends (rustc desugars it into a `let`), so iterating `cell.borrow().iter()` as the last thing in a function is fine.
use std::cell::RefCell;

fn total() {
    let cell = RefCell::new(vec![1, 2, 3]);
    let mut sum = 0;
    for x in cell.borrow().iter() {
        sum += x;
    }
    println!("sum {}", sum);
    for x in cell.borrow().iter() {
        println!("{x}");
    }
}

fn main() {
    let messages = RefCell::new(vec![String::from("over 75%"), String::from("over 90%")]);
    messages.borrow_mut().push(String::from("over quota"));
    total();
    for m in messages.borrow().iter() {
        println!("{m}");
    }
}
// expect: sum 6
// expect: 1
// expect: 2
// expect: 3
// expect: over 75%
// expect: over 90%
// expect: over quota
