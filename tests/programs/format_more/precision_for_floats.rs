// `{:.2}` rounds a float to two decimals; `{:.0}` rounds to a whole number.
fn main() {
    let pi = 3.14159265;
    println!("{:.2}", pi);
    println!("{:.0}", pi);
    println!("{:.4}", 2.0);
    println!("{:.1}", 0.25);
    println!("{:.1}", 0.35);
}
// expect: 3.14
// expect: 3
// expect: 2.0000
// expect: 0.2
// expect: 0.3
