// A kept Rev moved into a `for` loop cannot be used after it: E0382 as rustc.
fn main() {
    let v = vec![1, 2, 3];
    let it = v.iter().rev();
    for x in it {
        println!("{x}");
    }
    println!("{:?}", it);
}
// error: E0382 at 8:22
