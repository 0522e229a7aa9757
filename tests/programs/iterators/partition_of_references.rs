// `iter().partition` collects references into the Vec: both sides borrow `v`, which stays usable.
fn main() {
    let v = vec![3, 8, 1, 9];
    let (big, small): (Vec<&i32>, Vec<&i32>) = v.iter().partition(|x| **x > 5);
    println!("{:?} {:?} {}", big, small, v.len());
}
// expect: [8, 9] [3, 1] 4
