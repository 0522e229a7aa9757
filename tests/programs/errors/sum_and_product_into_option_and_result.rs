// sum and product into an Option or a Result: the payloads added until the first None or Err, which is the answer (an Err's String kept, the items after it dropped unread).
fn main() {
    let total: Result<i32, std::num::ParseIntError> = ["1", "2", "3"].iter().map(|s| s.parse::<i32>()).sum();
    println!("{:?}", total);
    let bad: Result<i32, std::num::ParseIntError> = ["1", "x", "3"].iter().map(|s| s.parse::<i32>()).sum();
    println!("{:?}", bad);
    let t2: Option<u32> = [Some(1u32), Some(5)].into_iter().sum();
    println!("{:?}", t2);
    let t3: Result<i32, String> = vec![Ok(1), Err(String::from("bad")), Ok(2), Err(String::from("later"))].into_iter().sum();
    println!("{:?}", t3);
    let p: Option<i64> = [Some(2i64), None, Some(4)].iter().copied().product();
    println!("{:?}", p);
    let q: Option<i64> = [Some(2i64), Some(21)].into_iter().product();
    println!("{:?}", q);
}
// expect: Ok(6)
// expect: Err(ParseIntError { kind: InvalidDigit })
// expect: Some(6)
// expect: Err("bad")
// expect: None
// expect: Some(42)
