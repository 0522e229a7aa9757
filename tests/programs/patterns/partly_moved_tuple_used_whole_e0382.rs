// After `let (x, _) = p;` moved `p.0`, printing all of `p` is a use of a partially moved value (E0382 at the use).
fn main() {
    let p = (String::from("a"), String::from("b"));
    let (x, _) = p;
    println!("{:?} {}", p, x);
}
// error: E0382 at 5:25
