// sum() without a known result type is E0283 at the call.
fn main() {
    let v = vec![1, 2, 3];
    let s = v.iter().sum();
    println!("{}", s);
}
// error: E0283 at 4:9
