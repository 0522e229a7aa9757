// Returning a reference to a String made inside the function is E0515.
fn invalid_output<'a>() -> &'a String {
    &String::from("foo")
}

fn main() {
    println!("{}", invalid_output());
}
// error: E0515 at 3:5
