// Comparison operators produce a bool.
fn main() {
    let a = 3;
    let b = 7;
    println!("{} {} {}", a < b, a > b, a == b);
    println!("{} {} {}", a <= 3, b >= 8, a != b);
}
// expect: true false false
// expect: true false true
