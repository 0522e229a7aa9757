// `for x in v` moves the Vec into the loop: printing v afterwards is E0382.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for s in v {
        println!("{}", s);
    }
    println!("{:?}", v);
}
// error: E0382 at 7:22
