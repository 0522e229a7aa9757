// A function over Option<i32> that adds one to a present value and passes None through.
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
    if let Some(n) = six {
        println!("six holds {}", n);
    }
    println!("{}", none.is_none());
}
// expect: Some(5) Some(6) None
// expect: six holds 6
// expect: true
