// Moving a borrowed String into a `move` closure is error E0505 at the closure, not at the use in its body.
fn main() {
    let s = String::from("a");
    let r = &s;
    let f = move || s.len();
    println!("{} {}", r, f());
}
// error: E0505 at 5:13
