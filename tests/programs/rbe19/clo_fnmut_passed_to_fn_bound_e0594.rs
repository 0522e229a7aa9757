// A closure that changes what it captures is not Fn: passed where Fn is asked, rustc reports the write (E0594).
fn call<F: Fn()>(f: F) {
    f();
}

fn main() {
    let mut count = 0;
    call(|| count += 1);
    println!("{}", count);
}
// error: E0594 at 8:13
