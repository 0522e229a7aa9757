// A Vec moved to another variable cannot be pushed to through the old name.
fn main() {
    let mut v = vec![1, 2, 3];
    let w = v;
    v.push(4);
    println!("{:?}", w);
}
// error: E0382 at 5:5
