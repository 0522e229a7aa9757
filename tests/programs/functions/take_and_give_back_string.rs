// A String moved into a function and returned again keeps the same heap buffer.
fn takes_and_gives_back(a_string: String) -> String {
    a_string
}

fn main() {
    let s2 = String::from("hello");
    let s3 = takes_and_gives_back(s2);
    println!("{s3}");
}
// expect: hello
