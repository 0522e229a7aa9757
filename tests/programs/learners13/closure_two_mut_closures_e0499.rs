// Two closures both mutating one counter while both alive is E0499.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    let mut dec = || count -= 1;
    inc();
    dec();
    println!("{}", count);
}
// error: E0499 at 5:19
