// The fix: collect what to add while borrowing, push after the borrow ends.
use std::cell::RefCell;

fn main() {
    let v = RefCell::new(vec![1, 2, 3]);
    let extra: Vec<i32> = v.borrow().iter().filter(|&&x| x >= 2).map(|x| x * 10).collect();
    v.borrow_mut().extend(extra);
    println!("{:?}", v.borrow());
    let len = v.borrow().len();
    v.borrow_mut().truncate(len - 1);
    println!("{:?}", v.into_inner());
}
// expect: [1, 2, 3, 20, 30]
// expect: [1, 2, 3, 20]
