// Rustlings-style: a PositiveNonzeroInteger constructor returning a custom CreationError enum compared with ==.
#[derive(PartialEq, Debug)]
struct PositiveNonzeroInteger(u64);

#[derive(PartialEq, Debug)]
enum CreationError {
    Negative,
    Zero,
}

impl PositiveNonzeroInteger {
    fn new(value: i64) -> Result<PositiveNonzeroInteger, CreationError> {
        if value < 0 {
            Err(CreationError::Negative)
        } else if value == 0 {
            Err(CreationError::Zero)
        } else {
            Ok(PositiveNonzeroInteger(value as u64))
        }
    }
}

fn main() {
    println!("{:?}", PositiveNonzeroInteger::new(10));
    println!("{:?}", PositiveNonzeroInteger::new(-10));
    println!("{:?}", PositiveNonzeroInteger::new(0));
    assert_eq!(PositiveNonzeroInteger::new(-10), Err(CreationError::Negative));
    assert_eq!(PositiveNonzeroInteger::new(5), Ok(PositiveNonzeroInteger(5)));
    println!("ok");
}
// expect: Ok(PositiveNonzeroInteger(10))
// expect: Err(Negative)
// expect: Err(Zero)
// expect: ok
