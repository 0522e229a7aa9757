// Option<i32> plus_one: match Some(i) and None, as the book's first Option example.
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
        println!("six is {n}");
    }
}
// expect: Some(5) Some(6) None
// expect: six is 6
