// Calling a function through a variable checks the argument count as a direct call does.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let f = add;
    println!("{}", f(1));
}
// error: E0061 at 8:20
