// An impl of TryFrom without its `type Error`: E0046 at the impl.
use std::convert::TryFrom;
struct Even(u32);
impl TryFrom<i32> for Even {
    fn try_from(n: i32) -> Result<Self, String> {
        Ok(Even(n as u32))
    }
}
fn main() {}
// error: E0046 at 4:1
