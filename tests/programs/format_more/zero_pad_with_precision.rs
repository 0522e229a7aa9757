// `{:08.3}` pads a float with zeros to width 8 after rounding it to 3 decimals.
fn main() {
    println!("{:08.3}", 3.14159);
    println!("{:08.3}", -3.14159);
    println!("{:05}", 42);
    println!("{:05}", -42);
}
// expect: 0003.142
// expect: -003.142
// expect: 00042
// expect: -0042
