// A closure that moves its capture out is FnOnce; passing it where Fn is expected is E0525.
fn call_twice<F: Fn() -> String>(f: F) {
    println!("{} {}", f(), f());
}

fn main() {
    let s = String::from("x");
    let give = move || s;
    call_twice(give);
}
// error: E0525 at 8:16
