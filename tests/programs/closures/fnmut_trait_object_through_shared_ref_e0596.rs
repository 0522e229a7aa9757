// A `&dyn FnMut()` cannot be called: the call needs the closure mutably (E0596 at the reference).
fn main() {
    let mut n = 0;
    let c = || n += 1;
    let d: &dyn FnMut() = &c;
    d();
}
// error: E0596 at 6:5
