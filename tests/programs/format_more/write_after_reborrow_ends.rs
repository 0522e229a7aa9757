// write! through the Formatter reference after a reborrow's last use, and between its uses of other places, is accepted.
use std::fmt;
struct P(i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a")?;
        let r = &mut *f;
        r.write_str("b")?;
        write!(f, "{}", self.0)?;
        writeln!(f)
    }
}
fn main() { print!("{}", P(1)); }
// expect: ab1
