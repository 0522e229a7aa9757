// A closure that changes its capture, called through a shared reference to it, is E0596 at the reference.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    let r = &inc;
    r();
}
// error: E0596 at 7:5
