// Rustlings-style: `if` with no `else` used as the function's value is E0317.
fn bigger(a: i32, b: i32) -> i32 {
    if a > b {
        a
    }
}

fn main() {
    println!("{}", bigger(10, 8));
}
// error: E0317 at 3:5
