// A closure written where `F: Fn()` is expected is an `Fn` closure: assigning to a capture is E0594 in its body, not E0277 at the call.
fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut n = 0;
    call(|| n += 1);
    println!("{}", n);
}
// error: E0594 at 8:13
