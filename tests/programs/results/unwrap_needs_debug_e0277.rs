// unwrap prints the error it finds, so a Result whose error is not Debug cannot be unwrapped: E0277.
struct Oops;

fn f() -> Result<i32, Oops> {
    Ok(1)
}

fn main() {
    let v = f().unwrap();
    println!("{}", v);
}
// error: E0277 at 9:17
