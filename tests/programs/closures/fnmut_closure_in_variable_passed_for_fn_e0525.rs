// A closure kept in a variable has the kind its body gives it (FnMut); passing it for `F: Fn()` is E0525 at the closure.
fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    let bump = || n += 1;
    call(bump);
    println!("{}", n);
}
// error: E0525 at 8:16
