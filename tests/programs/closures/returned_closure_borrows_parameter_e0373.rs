// A parameter is the function's own variable too: a returned closure borrowing it is E0373.
fn add_to(y: i32) -> impl Fn(i32) -> i32 {
    |x| x + y
}

fn main() {
    println!("{}", add_to(1)(2));
}
// error: E0373 at 3:5
