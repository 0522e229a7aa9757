// retain keeps the elements its closure accepts, in order, in the same buffer.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    v.retain(|x| x % 2 == 0);
    println!("{:?}", v);
}
// expect: [2, 4, 6]
