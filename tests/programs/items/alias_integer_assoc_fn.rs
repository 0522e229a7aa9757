// An alias of an integer type reaches the integer's associated functions and constants.
type Byte = u8;

fn main() {
    let b = Byte::from_str_radix("ff", 16);
    println!("{:?} {}", b, Byte::MAX);
    let bad = Byte::from_str_radix("zz", 16);
    println!("{}", bad.is_err());
}
// expect: Ok(255) 255
// expect: true
