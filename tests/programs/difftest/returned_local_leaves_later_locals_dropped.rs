// Regression (difftest): after a function returned a named local, a later local at the same stack address looked moved-out and its Box was never freed: a leak Rust does not have.
fn make() -> String {
    let s = String::from("abc");
    s
}

fn main() {
    let a = make();
    let b = Box::new(1u8);
    println!("{} {}", a, b);
}
// expect: abc 1
