// expect on an Err panics with the message, a colon, and the error's Debug.
fn main() {
    let ok: Result<u32, String> = Ok(3);
    println!("{}", ok.clone().unwrap());
    println!("{}", ok.unwrap_or_default());
    let n: Result<u32, _> = "-1".parse::<u32>();
    println!("{}", n.clone().unwrap_or(7));
    let v = n.expect("hello.txt should be a number");
    println!("{v}");
}
// expect: 3
// expect: 3
// expect: 7
// panic: hello.txt should be a number: ParseIntError { kind: InvalidDigit }
// panic-at: 8:15
