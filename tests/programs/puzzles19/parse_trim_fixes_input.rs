// trim() removes the stray whitespace that made parse fail; parse of an empty token still errs, shown with match.
fn main() {
    let input = " 12 \n7\r\n\n3 ";
    let mut sum = 0i64;
    for line in input.split('\n') {
        match line.trim().parse::<i64>() {
            Ok(n) => sum += n,
            Err(e) => println!("skipped {:?}: {}", line, e),
        }
    }
    println!("{sum}");
    println!("{:?}", "+5".parse::<u8>());
    println!("{:?}", "-5".parse::<u8>());
    println!("{:?}", "256".parse::<u8>());
}
// expect: skipped "": cannot parse integer from empty string
// expect: 22
// expect: Ok(5)
// expect: Err(ParseIntError { kind: InvalidDigit })
// expect: Err(ParseIntError { kind: PosOverflow })
