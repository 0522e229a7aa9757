// Calling a function with the wrong number of arguments is E0061.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(1));
}
// error: E0061 at 7:20
