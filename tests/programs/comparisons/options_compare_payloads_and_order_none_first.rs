// Option's derived PartialEq and PartialOrd: payloads compared, None before every Some.
fn main() {
    let none: Option<i32> = None;
    println!("{} {} {}", Some(1) == Some(1), Some(1) == Some(2), Some(0) == none);
    println!("{} {} {}", none < Some(0), Some(-5) > none, Some(2) < Some(10));
    println!("{} {}", none <= none, Some(3) >= Some(3));
    let a = Some(String::from("pear"));
    let b = Some(String::from("plum"));
    println!("{} {} {}", a == b, a < b, a == Some(String::from("pear")));
    let v: Vec<Option<u8>> = vec![Some(1), None];
    println!("{}", v == vec![Some(1), None]);
    println!("{}", Some(vec![1, 2]) < Some(vec![1, 3]));
    println!("{}", Some(Some(4)) > Some(None));
}
// expect: true false false
// expect: true true true
// expect: true true
// expect: false true true
// expect: true
// expect: true
// expect: true
