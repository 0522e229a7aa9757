// With `impl Add for V` only, `&a + &b` has no impl for references: E0369.
use std::ops::Add;
#[derive(Debug, Clone, Copy)]
struct V(i32);
impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V(self.0 + o.0)
    }
}
fn main() {
    let a = V(1);
    let b = V(2);
    println!("{:?}", &a + &b);
}
// error: E0369 at 14:25
