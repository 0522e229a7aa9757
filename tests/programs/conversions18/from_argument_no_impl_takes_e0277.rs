// `M::from(4u8)` with only `From<i32>`: rustc selects the impl by the argument, E0277 at the type (not E0308 at the argument).
struct M(i32);
impl From<i32> for M { fn from(n: i32) -> Self { M(n) } }
fn main() {
    let m = M::from(4u8);
    println!("{}", m.0);
}
// error: E0277 at 5:13
