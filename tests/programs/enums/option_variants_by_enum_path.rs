// Option is an ordinary enum of the prelude: its variants can be written with the enum's path, `Option::Some` and `Option::None`, in values and in patterns.
fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        Option::None => Option::None,
        Option::Some(i) => Option::Some(i + 1),
    }
}

fn main() {
    let five = Option::Some(5);
    let six = plus_one(five);
    let none: Option<i32> = Option::None;
    println!("{:?} {:?} {:?}", five, six, plus_one(none));
    if let Option::Some(n) = six {
        println!("six is {n}");
    }
}
// expect: Some(5) Some(6) None
// expect: six is 6
