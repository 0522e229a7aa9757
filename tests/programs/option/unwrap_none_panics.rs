// `.unwrap()` on `None` panics at the unwrap call.
fn main() {
    let v: Vec<i32> = Vec::new();
    let first = v.first();
    println!("{:?}", first);
    let x = first.unwrap();
    println!("{}", x);
}
// expect: None
// panic: called `Option::unwrap()` on a `None` value
// panic-at: 6:19
