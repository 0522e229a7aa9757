// A & pattern over a reference to a Result moving its String: `r` as enum variant `Ok`, E0507.
fn take(r: &Result<String, i32>) -> String {
    match r {
        &Ok(s) => s,
        &Err(n) => n.to_string(),
    }
}

fn main() {
    println!("{}", take(&Ok("x".to_string())));
}
// error: E0507 at 3:11
