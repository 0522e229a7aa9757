// Returning a closure that borrows the function's parameter without move is E0373.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n
}

fn main() {
    let f = make_adder(3);
    println!("{}", f(4));
}
// error: E0373 at 3:5
