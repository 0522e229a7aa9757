// A debug_struct builder kept in a variable holds the Formatter mutably: writing to f while it lives is E0499, as rustc.
use std::fmt;
struct P;
impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut d = f.debug_struct("P");
        f.write_str("x")?;
        d.field("a", &1);
        d.finish()
    }
}
fn main() { println!("{:?}", P); }
// error: E0499 at 7:9
