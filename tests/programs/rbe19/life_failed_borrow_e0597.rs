// Annotating a local's borrow with the function's lifetime parameter asks it to outlive the function: E0597.
fn failed_borrow<'a>() {
    let x = 12;
    let y: &'a i32 = &x;
    println!("{}", y);
}

fn main() {
    failed_borrow();
}
// error: E0597 at 4:22
