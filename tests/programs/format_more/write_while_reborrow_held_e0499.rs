// write! through a Formatter reference reborrows *f mutably: a reborrow still held (let r = &mut *f; then r.write_str) is E0499 at write!'s destination.
use std::fmt;
struct P(i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let r = &mut *f;
        write!(f, "x")?;
        r.write_str("y")
    }
}
fn main() { println!("{}", P(1)); }
// error: E0499 at 7:16
