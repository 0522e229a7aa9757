// A closure returned from its function may outlive the local it borrows: E0373 at the closure (`move` would fix it).
fn make() -> impl Fn() -> i32 {
    let x = 5;
    || x + 1
}

fn main() {
    println!("{}", make()());
}
// error: E0373 at 4:5
