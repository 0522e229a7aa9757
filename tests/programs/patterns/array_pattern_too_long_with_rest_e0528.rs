// An array pattern with `..` asking for more elements than the array has is error E0528.
fn main() {
    let a = [1, 2];
    let [x, y, z, ..] = a;
    println!("{} {} {}", x, y, z);
}
// error: E0528 at 4:9
