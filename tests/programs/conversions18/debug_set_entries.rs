// `f.debug_set().entries(self.0.iter())` and `entry(&x)`: braces around the values, one per line under `{:#?}`, `{}` when empty.
use std::fmt;
struct S(Vec<i32>);
impl fmt::Debug for S {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entries(self.0.iter()).entry(&"last").finish()
    }
}
struct Empty;
impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().finish()
    }
}
fn main() {
    let s = S(vec![1, 2]);
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:?} {:#?}", Empty, Empty);
}
// expect: {1, 2, "last"}
// expect: {
// expect:     1,
// expect:     2,
// expect:     "last",
// expect: }
// expect: {} {}
