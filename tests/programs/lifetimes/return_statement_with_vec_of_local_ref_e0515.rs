// `return vec![&s[..]];` of a local is E0515 at the returned value, after `return`.
fn slices<'a>() -> Vec<&'a str> {
    let s = String::from("p");
    return vec![&s[..]];
}

fn main() {
    println!("{:?}", slices());
}
// error: E0515 at 4:12
