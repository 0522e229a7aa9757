// let (x, y) = (1, 2, 3); a two-element pattern for a three-tuple: E0308.
fn main() {
    let (x, y) = (1, 2, 3);
    println!("{} {}", x, y);
}
// error: E0308 at 3:9
