// expect on a failed parse::<char>() panics with the message and the Debug of ParseCharError's kind.
fn main() {
    let first: char = "z".parse().expect("one letter");
    println!("{}", first);
    let second: char = "zz".parse().expect("one letter");
    println!("{}", second);
}
// expect: z
// panic: one letter: ParseCharError { kind: TooManyChars }
// panic-at: 5:37
