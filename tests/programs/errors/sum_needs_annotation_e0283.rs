// `sum()` can produce several types: with nothing to choose one it is error E0283.
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v.iter().sum());
}
// error: E0283 at 4:29
