// &mut s of a binding declared without mut: E0596.
fn change(some_string: &mut String) {
    some_string.push_str(", world");
}

fn main() {
    let s = String::from("hello");
    change(&mut s);
    println!("{}", s);
}
// error: E0596 at 8:12
