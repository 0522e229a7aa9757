// `debug_set().entries(..)` of items that are not Debug: E0277 at `entries`, naming the type behind the reference.
use std::fmt;
struct NoDebug;
struct S(Vec<NoDebug>);
impl fmt::Debug for S {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entries(self.0.iter()).finish()
    }
}
fn main() {
    println!("{:?}", S(vec![]));
}
// error: E0277 at 7:23
