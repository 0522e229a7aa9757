// Converting digit lists between bases with fold into u32 and a loop of % and /; errors as an enum.
#[derive(Debug)]
enum BaseError {
    InvalidBase(u32),
    InvalidDigit(u32),
}

fn convert(digits: &[u32], from: u32, to: u32) -> Result<Vec<u32>, BaseError> {
    if from < 2 {
        return Err(BaseError::InvalidBase(from));
    }
    if to < 2 {
        return Err(BaseError::InvalidBase(to));
    }
    if let Some(&d) = digits.iter().find(|&&d| d >= from) {
        return Err(BaseError::InvalidDigit(d));
    }
    let mut n = digits.iter().fold(0u32, |acc, &d| acc * from + d);
    let mut out = Vec::new();
    while n > 0 {
        out.push(n % to);
        n /= to;
    }
    if out.is_empty() {
        out.push(0);
    }
    out.reverse();
    Ok(out)
}

fn main() {
    println!("{:?}", convert(&[1, 0, 1, 0, 1, 0], 2, 10));
    println!("{:?}", convert(&[4, 2], 10, 2));
    println!("{:?}", convert(&[], 10, 7));
    println!("{:?}", convert(&[2], 2, 10));
    println!("{:?}", convert(&[1], 1, 10));
}
// expect: Ok([4, 2])
// expect: Ok([1, 0, 1, 0, 1, 0])
// expect: Ok([0])
// expect: Err(InvalidDigit(2))
// expect: Err(InvalidBase(1))
