// DebugMap's `entry` given only a key: E0061 at `entry`.
use std::fmt;
struct M(Vec<(String, i32)>);
impl fmt::Debug for M {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in &self.0 {
            m.entry(k);
        }
        m.finish()
    }
}
fn main() {
    println!("{:?}", M(vec![]));
}
// error: E0061 at 8:15
