// for x in v consumes the Vec; v.len() afterwards is E0382.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for x in v {
        println!("{}", x);
    }
    println!("{}", v.len());
}
// error: E0382 at 7:20
