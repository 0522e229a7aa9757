// `&mut d[d.len() - 1]` on a VecDeque is error E0502, as on a Vec: its IndexMut borrows d first.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::from(vec![1, 2]);
    let back = &mut d[d.len() - 1];
    *back = 9;
    println!("{:?}", d);
}
// error: E0502 at 6:23
