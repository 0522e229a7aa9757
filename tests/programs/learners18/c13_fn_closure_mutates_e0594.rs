// A closure passed where Fn is required cannot assign to a captured variable: E0594.
fn call_it<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut count = 0;
    call_it(|| count += 1);
    println!("{count}");
}
// error: E0594 at 8:16
