// A move closure takes the Vec; using it afterwards is E0382.
fn main() {
    let data = vec![1, 2, 3];
    let f = move || data.len();
    println!("{}", f());
    println!("{:?}", data);
}
// error: E0382 at 6:22
