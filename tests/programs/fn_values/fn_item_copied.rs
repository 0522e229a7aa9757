// A function value is Copy: using it once leaves it usable again.
fn greet(name: &str) -> String {
    format!("hello, {}", name)
}

fn run<F: FnOnce(&str) -> String>(f: F, name: &str) -> String {
    f(name)
}

fn main() {
    let g = greet;
    println!("{}", run(g, "ann"));
    println!("{}", run(g, "bob"));
}
// expect: hello, ann
// expect: hello, bob
