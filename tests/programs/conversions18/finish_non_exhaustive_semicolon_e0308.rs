// `finish_non_exhaustive();` with its semicolon: the fmt's body is `()`, E0308 at the return type.
use std::fmt;
struct P { x: i32 }
impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("P").field("x", &self.x).finish_non_exhaustive();
    }
}
fn main() {
    println!("{:?}", P { x: 1 });
}
// error: E0308 at 5:46
