// plus_one(Option<i32>) matching None and Some(i), chained twice.
fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn main() {
    let five = Some(5);
    let six = plus_one(five);
    let none = plus_one(None);
    println!("{:?} {:?} {:?}", five, six, none);
    println!("{:?}", plus_one(plus_one(six)));
}
// expect: Some(5) Some(6) None
// expect: Some(8)
