// A panic in a function the learner's Index impl calls is reported where it happens: only the impl itself is #[track_caller] (core declares Index::index so).
use std::ops::Index;
struct Row(Vec<i32>);
impl Index<usize> for Row {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        if i == 99 { panic!("ninety-nine"); }
        helper(&self.0, i)
    }
}
fn helper(v: &Vec<i32>, i: usize) -> &i32 { &v[i] }
fn main() {
    let r = Row(vec![1, 2, 3]);
    let k = 7;
    let x = if k > 50 { r[99] } else { r[k] };
    println!("{}", x);
}
// panic: index out of bounds: the len is 3 but the index is 7
// panic-at: 11:47
