// Borrowing a variable while a closure holding a mutable borrow of it is still used is E0502.
fn main() {
    let mut count = 0;
    let mut inc = || {
        count += 1;
        println!("`count`: {}", count);
    };
    inc();
    let reborrow = &count;
    inc();
    println!("{}", reborrow);
}
// error: E0502 at 9:20
