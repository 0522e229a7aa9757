// Looping over indices instead of `&v` lets the body push to the Vec.
fn main() {
    let mut v = vec![1, 2, 3];
    let n = v.len();
    for i in 0..n {
        let x = v[i];
        v.push(x * 10);
    }
    println!("{:?}", v);
}
// expect: [1, 2, 3, 10, 20, 30]
