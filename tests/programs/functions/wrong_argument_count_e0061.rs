// Calling a function with the wrong number of arguments is error E0061.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let total = add(1, 2, 3);
    println!("{}", total);
}
// error: E0061 at 7:17
