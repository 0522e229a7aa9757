// A closure parameter with a refutable pattern |Some(x)|: E0005.
fn main() {
    let v = vec![Some(1), None];
    let out: Vec<i32> = v.into_iter().map(|Some(x)| x).collect();
    println!("{:?}", out);
}
// error: E0005 at 4:44
