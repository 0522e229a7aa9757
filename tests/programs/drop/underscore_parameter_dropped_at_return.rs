// A parameter bound to `_` still owns its argument: it is dropped when the function returns, after the locals and the later parameters.
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn f(_: D, b: D) { let _l = D("local"); println!("in f"); }
fn main() {
    f(D("a"), D("b"));
    let g = |_: D| println!("in g");
    g(D("c"));
    println!("end");
}
// expect: in f
// expect: drop local
// expect: drop b
// expect: drop a
// expect: in g
// expect: drop c
// expect: end
