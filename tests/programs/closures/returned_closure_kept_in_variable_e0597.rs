// Kept in a variable before it is returned, the closure's borrow is reported at the borrowed local: E0597.
fn make() -> impl Fn() -> i32 {
    let x = 5;
    let c = || x + 1;
    c
}

fn main() {
    println!("{}", make()());
}
// error: E0597 at 4:16
