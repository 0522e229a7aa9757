// then_some where an Option<&[i32]> is wanted: the array reference coerces to a slice as rustc's expectation makes it; then's move closure is dropped uncalled when false.
fn main() {
    let nums = [1, 2, 3];
    let all: Option<&[i32]> = (nums.len() > 2).then_some(&nums);
    println!("{:?}", all);
    let title = String::from("report");
    let made = false.then(move || title + "!");
    println!("{:?}", made);
    let body = String::from("body");
    let kept = true.then(move || body.len());
    println!("{:?}", kept);
}
// expect: Some([1, 2, 3])
// expect: None
// expect: Some(4)
