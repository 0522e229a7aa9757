// A struct wrapping an i32 built by From and by into() with the target type annotated.
use std::convert::From;

#[derive(Debug)]
struct Number {
    value: i32,
}

impl From<i32> for Number {
    fn from(item: i32) -> Self {
        Number { value: item }
    }
}

fn main() {
    let num = Number::from(30);
    println!("My number is {:?}", num);
    let int = 5;
    let num: Number = int.into();
    println!("My number is {:?}", num);
    println!("{}", num.value);
}
// expect: My number is Number { value: 30 }
// expect: My number is Number { value: 5 }
// expect: 5
