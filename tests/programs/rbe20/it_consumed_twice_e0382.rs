// An iterator consumed by sum cannot be counted afterwards: E0382.
fn main() {
    let v = vec![1, 2, 3];
    let it = v.into_iter();
    let total: i32 = it.sum();
    let n = it.count();
    println!("{} {}", total, n);
}
// error: E0382 at 6:13
