// `let b: Even = 7.try_into().unwrap();` of an odd number: unwrap panics with the learner's error String, at the unwrap.
use std::convert::TryFrom;

#[derive(Debug)]
struct Even(i32);

impl TryFrom<i32> for Even {
    type Error = String;
    fn try_from(v: i32) -> Result<Self, Self::Error> {
        if v % 2 == 0 {
            Ok(Even(v))
        } else {
            Err(format!("{} is odd", v))
        }
    }
}

fn main() {
    let ok: Even = 4.try_into().unwrap();
    println!("{:?}", ok);
    let b: Even = 7.try_into().unwrap();
    println!("{:?}", b);
}
// expect: Even(4)
// panic: called `Result::unwrap()` on an `Err` value: "7 is odd"
// panic-at: 21:32
