// A closure that captures a variable is not a constant: borrowing it in an inner block's assignment borrows a temporary that is dropped at the statement's end (E0716).
fn main() {
    let k = 10;
    let add: &dyn Fn(i32) -> i32;
    {
        add = &move |y| y + k;
    }
    println!("{}", add(1));
}
// error: E0716 at 6:16
