// A Deref impl whose deref returns &[i32] while its Target is Vec<i32>: E0053 at the return type.
use std::ops::Deref;
struct W(Vec<i32>);
impl Deref for W {
    type Target = Vec<i32>;
    fn deref(&self) -> &[i32] { &self.0 }
}
fn main() {
    let w = W(vec![1]);
    println!("{}", w.len());
}
// error: E0053 at 6:24
