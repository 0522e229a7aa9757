// `impl DoubleEndedIterator` names a prelude trait the engine does not model yet: refused, not E0405.
struct Up(u32, u32);
impl Iterator for Up {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 < self.1 {
            self.0 += 1;
            Some(self.0)
        } else {
            None
        }
    }
}
impl DoubleEndedIterator for Up {
    fn next_back(&mut self) -> Option<u32> {
        if self.0 < self.1 {
            self.1 -= 1;
            Some(self.1 + 1)
        } else {
            None
        }
    }
}
fn main() {
    for x in Up(0, 3).rev() {
        println!("{}", x);
    }
}
// expect: 3
// expect: 2
// expect: 1
// unsupported: the trait `DoubleEndedIterator` at 14:6
