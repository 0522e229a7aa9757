// An assert_eq! on a TryFrom result that does not hold panics with both sides printed.
use std::convert::TryFrom;

#[derive(Debug, PartialEq)]
struct EvenNumber(i32);

impl TryFrom<i32> for EvenNumber {
    type Error = String;

    fn try_from(value: i32) -> Result<Self, Self::Error> {
        if value % 2 == 0 {
            Ok(EvenNumber(value))
        } else {
            Err(format!("{} is odd", value))
        }
    }
}

fn main() {
    println!("{:?}", EvenNumber::try_from(3));
    assert_eq!(EvenNumber::try_from(7), Ok(EvenNumber(7)));
}
// expect: Err("3 is odd")
// panic: assertion `left == right` failed
// panic-at: 21:5
