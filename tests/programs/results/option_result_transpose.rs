// transpose swaps Option and Result: an optional parse becomes a Result of an Option (None is Ok(None)), and a Result of an Option becomes an Option of a Result, the Strings moved, never copied.
fn parse_opt(s: Option<&str>) -> Result<Option<i32>, std::num::ParseIntError> {
    s.map(|t| t.parse::<i32>()).transpose()
}
fn main() {
    println!("{:?} {:?} {:?}", parse_opt(Some("5")), parse_opt(None), parse_opt(Some("x")));
    let r: Result<Option<String>, String> = Ok(Some(String::from("in")));
    println!("{:?}", r.transpose());
    let e: Result<Option<String>, String> = Err(String::from("bad"));
    println!("{:?}", e.transpose());
    let n: Result<Option<String>, String> = Ok(None);
    println!("{:?}", n.transpose());
    let so: Option<Result<String, i32>> = Some(Err(7));
    println!("{:?}", so.transpose());
    let sk: Option<Result<String, i32>> = Some(Ok(String::from("ok")));
    let moved = sk.transpose();
    println!("{:?}", moved);
}
// expect: Ok(Some(5)) Ok(None) Err(ParseIntError { kind: InvalidDigit })
// expect: Some(Ok("in"))
// expect: Some(Err("bad"))
// expect: None
// expect: Err(7)
// expect: Ok(Some("ok"))
