// `impl Clone` is not `impl Copy`: the u8 it hides is moved by `let b = a;`, so `let c = a;` is E0382.
fn make() -> impl Clone + std::fmt::Debug {
    7u8
}

fn main() {
    let a = make();
    let b = a;
    let c = a;
    println!("{b:?} {c:?}");
}
// error: E0382 at 9:13
