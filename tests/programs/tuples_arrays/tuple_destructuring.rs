// `let (x, y, z) = tup;` unpacks a tuple into separate variables.
fn main() {
    let tup = (500, 6.4, 'q');
    let (x, y, z) = tup;
    println!("x = {x}, y = {y}, z = {z}");
    let (a, _, c) = tup;
    println!("{a} {c}");
}
// expect: x = 500, y = 6.4, z = q
// expect: 500 q
