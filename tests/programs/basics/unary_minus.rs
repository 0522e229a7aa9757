// Unary minus negates signed integers and floats.
fn main() {
    let a = 7;
    let b = -a;
    let c = -b;
    let d = -2.5;
    println!("{} {} {} {}", a, b, c, -d);
}
// expect: 7 -7 7 2.5
