// A function returns `s.chars().filter_map(|c| c.to_digit(10))` as `impl Iterator<Item = u32> + '_`; the caller sums the digits.
fn digits(s: &str) -> impl Iterator<Item = u32> + '_ {
    s.chars().filter_map(|c| c.to_digit(10))
}

fn main() {
    println!("{}", digits("a1b2c3").sum::<u32>());
    let mut d = digits("x9y8");
    println!("{:?} {:?} {:?}", d.next(), d.next(), d.next());
}
// expect: 6
// expect: Some(9) Some(8) None
