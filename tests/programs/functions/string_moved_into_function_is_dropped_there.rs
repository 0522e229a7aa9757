// A String passed by value moves into the function and is freed when the function returns.
fn takes_ownership(some_string: String) {
    println!("{some_string}");
}

fn main() {
    let s = String::from("hello");
    takes_ownership(s);
    println!("back in main");
}
// expect: hello
// expect: back in main
