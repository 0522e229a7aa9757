// Option's map_or, unwrap_or_else, filter, and_then, and Result's ok() and unwrap_or_default.
fn main() {
    let some: Option<&str> = Some("42");
    let none: Option<&str> = None;
    println!("{}", some.map_or(0, |s| s.len()));
    println!("{}", none.map_or(0, |s| s.len()));
    println!("{}", none.unwrap_or_else(|| "default"));
    let even = Some(4).filter(|n| n % 2 == 0);
    let odd = Some(5).filter(|n| n % 2 == 0);
    println!("{:?} {:?}", even, odd);
    let parsed = some.and_then(|s| s.parse::<i32>().ok());
    println!("{:?}", parsed);
    let bad: Result<i32, String> = Err("no".to_string());
    println!("{:?} {}", bad.clone().ok(), bad.unwrap_or_default());
}
// expect: 2
// expect: 0
// expect: default
// expect: Some(4) None
// expect: Some(42)
// expect: None 0
