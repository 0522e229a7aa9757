// A function declared inside another is an item, not a closure: it cannot read the outer function's locals.
fn main() {
    let factor = 3;

    fn triple(x: i32) -> i32 {
        x * factor
    }

    println!("{}", triple(2));
}
// error: E0434 at 6:13
