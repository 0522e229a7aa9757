// Moving a String into a function while a reference to it is still used is error E0505.
fn take(s: String) {
    println!("took {}", s);
}

fn main() {
    let s = String::from("hello");
    let r = &s;
    take(s);
    println!("{}", r);
}
// error: E0505 at 9:10
