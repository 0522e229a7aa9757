// `Some(v)` holds a value and `None` holds nothing; Debug prints them as `Some(5)` and `None`.
fn main() {
    let some_number = Some(5);
    let some_char = Some('e');
    let absent_number: Option<i32> = None;
    println!("{:?} {:?} {:?}", some_number, some_char, absent_number);
}
// expect: Some(5) Some('e') None
