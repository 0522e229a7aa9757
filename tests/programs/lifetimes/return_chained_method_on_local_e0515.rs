// `a.as_str().trim()` still borrows the local `a` through the chain: returning it is E0515.
fn trimmed() -> &'static str {
    let a = String::from(" ab ");
    a.as_str().trim()
}

fn main() {
    println!("{}", trimmed());
}
// error: E0515 at 4:5
