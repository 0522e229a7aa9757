// expect on a failed u8 parse (300 overflows) panics with the message and the error.
fn main() {
    let n: u8 = "300".parse().expect("age should fit in a u8");
    println!("{}", n);
}
// panic: age should fit in a u8: ParseIntError { kind: PosOverflow }
// panic-at: 3:31
