// Once a reference variable is pointed at something else, the old borrow ends and its owner can be changed.
fn main() {
    let mut a = String::from("a");
    let b = String::from("b");
    let mut r = &a;
    println!("{}", r);
    r = &b;
    a.push('!');
    println!("{} {}", r, a);
}
// expect: a
// expect: b a!
