// Moving a Box into another binding and using the first: E0382.
fn main() {
    let b = Box::new(vec![1, 2, 3]);
    let c = b;
    println!("{:?} {:?}", b, c);
}
// error: E0382 at 5:27
