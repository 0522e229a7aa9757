// An `F: FnOnce` parameter may move its capture out: the String comes back out of the closure.
fn run_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let s = String::from("owned");
    let back = run_once(move || s);
    println!("{back}");
}
// expect: owned
