// drain takes a RangeBounds<usize>: a range of i32 is E0277 at the argument.
fn main() {
    let mut v = vec![1, 2, 3];
    let from: i32 = 1;
    let d: Vec<i32> = v.drain(from..3).collect();
    println!("{:?}", d);
}
// error: E0277 at 5:31
// headline: differs: rustc prints std's ambiguous names in full (`std::ops::Range`)
