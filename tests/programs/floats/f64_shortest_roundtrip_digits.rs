// f64 prints the shortest digits that read back as the same number.
fn main() {
    let third = 1.0 / 3.0;
    let tenth: f64 = 0.1;
    println!("{}", third);
    println!("{}", tenth * 3.0);
    println!("{}", 100.0 / 8.0);
}
// expect: 0.3333333333333333
// expect: 0.30000000000000004
// expect: 12.5
