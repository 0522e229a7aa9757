// A map closure pushing onto the Vec the chain iterates is E0502 at the closure, the iterator's shared borrow made first.
fn main() {
    let mut v = vec![1, 2, 3];
    let n: Vec<i32> = v.iter().map(|x| { v.push(1); *x }).collect();
    println!("{:?}", n);
}
// error: E0502 at 4:36
