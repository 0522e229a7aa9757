// unwrap on an Err writes the error with the learner's Debug impl in its panic message.
use std::fmt;

struct MyError {
    code: u32,
}

impl fmt::Debug for MyError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "MyError(code {})", self.code)
    }
}

fn check(n: i32) -> Result<i32, MyError> {
    if n > 0 { Ok(n) } else { Err(MyError { code: 3 }) }
}

fn main() {
    println!("{}", check(5).unwrap());
    let v = check(-1).unwrap();
    println!("{}", v);
}
// expect: 5
// panic: called `Result::unwrap()` on an `Err` value: MyError(code 3)
// panic-at: 20:23
