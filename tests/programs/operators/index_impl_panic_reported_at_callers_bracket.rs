// A `panic!` in the body of the learner's Index impl is reported at the `[` of the index that called it: core declares Index::index #[track_caller].
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
    let k = 99;
    let x = if k > 50 { r[k] } else { r[0] };
    println!("{}", x);
}
// panic: ninety-nine
// panic-at: 15:26
