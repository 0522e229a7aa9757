// A closure that mutates a captured variable borrows it mutably and must itself be `mut` to be called.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    println!("{}", count);
}
// expect: 2
