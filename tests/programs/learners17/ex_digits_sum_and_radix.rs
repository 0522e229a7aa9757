// Exercism-style: digit sums via to_string and to_digit, parsing binary with from_str_radix, checked_pow overflow.
fn digit_sum(n: u64) -> u32 {
    n.to_string().chars().map(|c| c.to_digit(10).unwrap()).sum::<u32>()
}

fn main() {
    println!("{} {}", digit_sum(0), digit_sum(987654321));
    println!("{:?}", u32::from_str_radix("101101", 2));
    println!("{:?}", i64::from_str_radix("-ff", 16));
    println!("{:?}", u8::from_str_radix("300", 10).is_err());
    println!("{:?} {:?}", 2u32.checked_pow(31), 2u32.checked_pow(32));
    let digits: Vec<u32> = "2024".chars().filter_map(|c| c.to_digit(10)).collect();
    println!("{:?}", digits);
    let only: String = "a1b2c3".chars().filter(char::is_ascii_digit).collect();
    println!("{}", only);
}
// expect: 0 45
// expect: Ok(45)
// expect: Ok(-255)
// expect: true
// expect: Some(2147483648) None
// expect: [2, 0, 2, 4]
// expect: 123
