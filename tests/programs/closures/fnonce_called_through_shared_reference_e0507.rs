// An FnOnce called through a `&` reference cannot be moved out from behind it: E0507 (accepted and run before).
fn run<F: FnOnce() -> String>(f: &F) -> String {
    f()
}
fn main() {
    let s = String::from("x");
    println!("{}", run(&move || s));
}
// error: E0507 at 3:5
