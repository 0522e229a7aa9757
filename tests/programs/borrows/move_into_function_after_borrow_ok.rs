// Moving a String into a function after the last use of a reference to it is accepted.
fn take(s: String) {
    println!("took {}", s);
}

fn main() {
    let s = String::from("hello");
    let r = &s;
    println!("{}", r);
    take(s);
}
// expect: hello
// expect: took hello
