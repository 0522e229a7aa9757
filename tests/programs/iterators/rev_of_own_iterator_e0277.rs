// `rev` needs DoubleEndedIterator, which a learner's iterator implementing only Iterator lacks: E0277 at `rev`.
struct Up(u32);
impl Iterator for Up {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.0 += 1;
        if self.0 < 4 { Some(self.0) } else { None }
    }
}
fn main() {
    for x in Up(0).rev() {
        println!("{}", x);
    }
}
// error: E0277 at 11:20
