// A match over Option<Result<i32, String>> distinguishes a value, an error and nothing in one set of nested arms.
fn check(input: Option<Result<i32, String>>) -> String {
    match input {
        Some(Ok(n)) if n < 0 => format!("negative {}", n),
        Some(Ok(n)) => format!("number {}", n),
        Some(Err(e)) => format!("error: {}", e),
        None => String::from("nothing"),
    }
}

fn main() {
    println!("{}", check(Some(Ok(3))));
    println!("{}", check(Some(Ok(-3))));
    println!("{}", check(Some(Err(String::from("bad digit")))));
    println!("{}", check(None));
}
// expect: number 3
// expect: negative -3
// expect: error: bad digit
// expect: nothing
