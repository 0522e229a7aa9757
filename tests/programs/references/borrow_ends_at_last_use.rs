// A shared borrow ends after its last use, so a later `&mut` borrow is allowed.
fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    println!("{r1} and {r2}");
    let r3 = &mut s;
    r3.push('!');
    println!("{r3}");
}
// expect: hello and hello
// expect: hello!
