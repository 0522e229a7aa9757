// `.try_into().expect(..)` into a learner's type with an error enum: the Ok value printed, then expect's panic with the Debug of the error.
#[derive(Debug)]
enum PercentError {
    TooLarge(u32),
}

#[derive(Debug)]
struct Percent(u8);

impl TryFrom<u32> for Percent {
    type Error = PercentError;
    fn try_from(v: u32) -> Result<Self, Self::Error> {
        if v <= 100 {
            Ok(Percent(v as u8))
        } else {
            Err(PercentError::TooLarge(v))
        }
    }
}

fn main() {
    let raw: u32 = 42;
    let p: Percent = raw.try_into().expect("a percentage");
    println!("{:?}", p);
    let q: Percent = 250u32.try_into().expect("a percentage");
    println!("{:?}", q);
}
// expect: Percent(42)
// panic: a percentage: TooLarge(250)
// panic-at: 25:40
