// A closure that moves its capture out is FnOnce only: passing it where Fn is bound is E0525.
fn call_twice<F: Fn() -> String>(f: F) {
    println!("{}", f());
    println!("{}", f());
}

fn main() {
    let s = String::from("x");
    let f = || s;
    call_twice(f);
}
// error: E0525 at 9:13
