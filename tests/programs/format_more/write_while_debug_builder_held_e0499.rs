// write! while a debug builder (which holds &mut *f) is still used after it: E0499 at write!'s destination.
use std::fmt;
struct P { x: i32 }
impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut d = f.debug_struct("P");
        write!(f, "x")?;
        d.field("x", &self.x).finish()
    }
}
fn main() { println!("{:?}", P { x: 1 }); }
// error: E0499 at 7:16
