// `m[0] = v` through a wrapper with only Deref (no DerefMut): E0596 cannot borrow data in dereference as mutable.
use std::ops::Deref;

struct Frozen(Vec<u32>);

impl Deref for Frozen {
    type Target = Vec<u32>;
    fn deref(&self) -> &Vec<u32> {
        &self.0
    }
}

fn main() {
    let mut f = Frozen(vec![1, 2]);
    f[0] = 9;
    println!("{}", f[0]);
}
// error: E0596 at 15:5
