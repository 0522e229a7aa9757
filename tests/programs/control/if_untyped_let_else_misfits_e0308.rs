// Without a type from the context, the `then` branch decides and the `else` branch that differs is the error.
fn main() {
    let n = 3;
    let x = if n > 2 { "big" } else { 1 };
    println!("{}", x);
}
// error: E0308 at 4:39
