// A `for` loop moves a kept split, so calling `next` on it afterwards is error E0382.
fn main() {
    let mut parts = "a,b".split(',');
    for p in parts {
        println!("{}", p);
    }
    println!("{:?}", parts.next());
}
// error: E0382 at 7:22
