// A closure passed where Fn is required but assigning to a capture is E0594.
fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    call(|| n += 1);
    println!("{}", n);
}
// error: E0594 at 8:13
