// An array pattern must have as many elements as the array: two for three is error E0527.
fn main() {
    let a = [1, 2, 3];
    let [x, y] = a;
    println!("{} {}", x, y);
}
// error: E0527 at 4:9
