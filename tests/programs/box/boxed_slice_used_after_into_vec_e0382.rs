// `into_vec` takes the Box by value: using it afterwards is E0382.
fn main() {
    let b: Box<[i32]> = vec![1].into_boxed_slice();
    let v = b.into_vec();
    println!("{:?} {:?}", v, b);
}
// error: E0382 at 5:30
