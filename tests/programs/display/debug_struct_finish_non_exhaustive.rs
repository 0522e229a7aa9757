// debug_struct's finish_non_exhaustive: the fields written, then `, ..` before the closing brace.
use std::fmt;

struct Point {
    x: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("P").field("x", &self.x).finish_non_exhaustive()
    }
}

fn main() {
    println!("{:?}", Point { x: 1 });
}
// expect: P { x: 1, .. }
