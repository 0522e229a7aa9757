// char::from_u32 gives a char for a scalar value and None for a surrogate; char::from_digit maps 0..radix to '0'..'9', 'a'..'z'.
fn main() {
    println!("{:?} {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(10, 10));
    println!("{:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800), std::char::from_u32(0x1F600));
    let hex: String = (0..16).map(|d| char::from_digit(d, 16).unwrap()).collect();
    println!("{}", hex);
}
// expect: Some('7') Some('b') None
// expect: Some('A') None Some('😀')
// expect: 0123456789abcdef
