// While a closure holds a mutable borrow of a variable, the variable cannot be read: E0502.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    println!("{}", count);
    inc();
}
// error: E0502 at 5:20
