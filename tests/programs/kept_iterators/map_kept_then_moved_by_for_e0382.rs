// A `for` loop moves the kept Map: using it afterwards is error E0382.
fn main() {
    let v = vec![1, 2, 3];
    let doubled = v.iter().map(|x| x * 2);
    for d in doubled {
        println!("{}", d);
    }
    println!("{:?}", doubled.count());
}
// error: E0382 at 8:22
