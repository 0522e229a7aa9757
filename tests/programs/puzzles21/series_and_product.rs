// Exercism series and largest-series-product: windows of digit strings, errors as an enum, products as u64.
#[derive(Debug, PartialEq)]
enum Error {
    SpanTooLong,
    InvalidDigit(char),
}

fn series(digits: &str, len: usize) -> Vec<String> {
    if len == 0 {
        return vec![String::new(); digits.len() + 1];
    }
    digits.chars().collect::<Vec<char>>().windows(len).map(|w| w.iter().collect()).collect()
}

fn lsp(digits: &str, span: usize) -> Result<u64, Error> {
    if span > digits.len() {
        return Err(Error::SpanTooLong);
    }
    let nums: Vec<u64> = digits
        .chars()
        .map(|c| c.to_digit(10).map(u64::from).ok_or(Error::InvalidDigit(c)))
        .collect::<Result<_, _>>()?;
    Ok(nums.windows(span).map(|w| w.iter().product()).max().unwrap_or(1))
}

fn main() {
    println!("{:?}", series("49142", 3));
    println!("{:?}", series("12", 0));
    println!("{:?}", lsp("1027839564", 3));
    println!("{:?}", lsp("63915", 3));
    println!("{:?}", lsp("123", 4));
    println!("{:?}", lsp("12a45", 2));
    println!("{:?}", lsp("", 0));
}
// expect: ["491", "914", "142"]
// expect: ["", "", ""]
// expect: Ok(270)
// expect: Ok(162)
// expect: Err(SpanTooLong)
// expect: Err(InvalidDigit('a'))
// panic: window size must be non-zero
// panic-at: 23:13
