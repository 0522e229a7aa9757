// collect() with nothing naming the collection is E0283.
fn main() {
    let v = vec![1, 2, 3];
    let doubled = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
}
// error: E0283 at 4:9
