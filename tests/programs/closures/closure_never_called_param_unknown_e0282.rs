// A closure `|x| x` that is never called leaves x's type unknown at the function's end: E0282 at the parameter.
fn main() {
    let identity = |x| x;
    println!("defined, never called");
}
// error: E0282 at 3:21
