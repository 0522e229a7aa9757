// After `for s in v` consumed the Vec, using v again is a use after move.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for s in v {
        println!("{}", s);
    }
    println!("{}", v.len());
}
// error: E0382 at 7:20
