// A closure passed for an `impl Fn` parameter cannot borrow a capture mutably: E0596 at the use, "a captured variable in a `Fn` closure".
fn run(f: impl Fn()) {
    f();
}

fn main() {
    let mut seen = Vec::new();
    run(|| seen.push(1));
    println!("{:?}", seen);
}
// error: E0596 at 8:12
