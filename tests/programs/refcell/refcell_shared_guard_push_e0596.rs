// A Ref from borrow() gives shared access only: pushing through it is error E0596; borrow_mut() is needed.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1]);
    let guard = cell.borrow();
    guard.push(2);
}
// error: E0596 at 7:5
// headline: differs: the engine has settled the integer to i32 where rustc still says `{integer}`, or the reverse
