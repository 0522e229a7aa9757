// `[_, rest @ ..]` moves elements 1 and 2 out of the array, so a later pattern taking element 2 uses a moved value (E0382 at the binding).
fn main() {
    let words = [String::from("x"), String::from("y"), String::from("z")];
    let [_, rest @ ..] = words;
    let [_, _, last] = words;
    println!("{:?} {}", rest, last);
}
// error: E0382 at 5:16
