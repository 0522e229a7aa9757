// `let b: Even = 8.try_into().unwrap();`: the let names try_into's target through unwrap, so std's blanket TryInto calls the learner's TryFrom.
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
    let b: Even = 8.try_into().unwrap();
    println!("{:?}", b);
    let c: Even = 10i32.try_into().expect("an even number");
    println!("{:?}", c);
}
// expect: Even(8)
// expect: Even(10)
