// A whole-number f64 prints without a point under `{}` but keeps `.0` under `{:?}`.
fn main() {
    let x = 2.0;
    println!("{}", x);
    println!("{:?}", x);
    let y: f64 = 1.5;
    println!("{} {:?}", y, y);
}
// expect: 2
// expect: 2.0
// expect: 1.5 1.5
