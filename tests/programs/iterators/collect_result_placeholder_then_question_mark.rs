// `let nums: Vec<u32> = ....collect::<Result<_, _>>()?;`: the Ok type of the collected Result is known only from the `?` and the let's type, so the collect waits for it; it was a false E0277.
fn parse(s: &str) -> Result<Vec<u32>, std::num::ParseIntError> {
    let nums: Vec<u32> = s.split(',').map(|x| x.parse::<u32>()).collect::<Result<_, _>>()?;
    Ok(nums)
}

fn firsts(words: &[&str]) -> Option<String> {
    let chars: String = words.iter().map(|w| w.chars().next()).collect::<Option<_>>()?;
    Some(chars)
}

fn main() {
    println!("{:?} {:?}", parse("1,2"), parse("1,x"));
    println!("{:?} {:?}", firsts(&["ab", "cd"]), firsts(&["ab", ""]));
}
// expect: Ok([1, 2]) Err(ParseIntError { kind: InvalidDigit })
// expect: Some("ac") None
