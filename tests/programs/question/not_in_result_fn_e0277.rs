// `?` in a function that returns neither Result nor Option is E0277 at the `?`.
fn main() {
    let n: i32 = "5".parse()?;
    println!("{}", n);
}
// error: E0277 at 3:29
