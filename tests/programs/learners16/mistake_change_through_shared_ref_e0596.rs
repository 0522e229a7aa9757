// The book's change(some_string: &String) calling push_str: E0596 cannot borrow `*some_string` as mutable.
fn main() {
    let s = String::from("hello");
    change(&s);
    println!("{}", s);
}

fn change(some_string: &String) {
    some_string.push_str(", world");
}
// error: E0596 at 9:5
