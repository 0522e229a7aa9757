// The field a tuple pattern moved out (`p.0`) cannot be used afterwards, while the one under `_` can (E0382 at `p.0`).
fn main() {
    let p = (String::from("a"), String::from("b"));
    let (x, _) = p;
    println!("{}", p.1);
    println!("{} {}", p.0, x);
}
// error: E0382 at 6:23
