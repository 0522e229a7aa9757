// Calling an FnMut closure bound without `mut` is E0596.
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc();
    println!("{}", count);
}
// error: E0596 at 5:5
