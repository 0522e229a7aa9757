// After `v.1.0` was moved by a nested pattern, using `v.1` is a use of a partially moved value (E0382 at `v.1`).
fn main() {
    let v = (String::from("a"), (String::from("b"), 1));
    let (_, (s, n)) = v;
    println!("{} {} {:?}", s, n, v.1);
}
// error: E0382 at 5:34
