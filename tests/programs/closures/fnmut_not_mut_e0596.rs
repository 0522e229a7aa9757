// Calling a mutating closure needs a mutable binding: E0596.
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc();
    println!("{}", count);
}
// error: E0596 at 5:5
