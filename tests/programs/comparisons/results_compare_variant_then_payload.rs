// Result's PartialEq compares the variant and then the payload: an Ok is never equal to an Err, and two Errs are equal by their kind.
fn main() {
    let ok = "12".parse::<i32>();
    let err = "twelve".parse::<i32>();
    println!("{} {} {}", ok == err, err == "x".parse::<i32>(), ok != "12".parse::<i32>());
    let results = vec!["1".parse::<u8>(), "a".parse::<u8>()];
    println!("{}", results == vec!["1".parse::<u8>(), "b".parse::<u8>()]);
    println!("{}", results == vec!["1".parse::<u8>(), "".parse::<u8>()]);
    println!("{}", Some("5".parse::<i64>()) == Some("5".parse::<i64>()));
}
// expect: false true false
// expect: true
// expect: false
// expect: true
