// rustc checks types before it checks who may write: `p.n = "s"` through a binding not declared `mut` is E0308, not E0594.
struct P {
    n: i32,
}
fn main() {
    let p = P { n: 1 };
    p.n = "s";
    println!("{}", p.n);
}
// error: E0308 at 7:11
