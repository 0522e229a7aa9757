// The halves split_at returns borrow the Vec: pushing while one is still used is E0502.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, _b) = v.split_at(2);
    v.push(5);
    println!("{:?}", a);
}
// error: E0502 at 5:5
