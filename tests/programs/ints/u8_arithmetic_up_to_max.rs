// u8 arithmetic that lands exactly on 255 or 0 is fine.
fn main() {
    let mut x: u8 = 250;
    println!("{}", x);
    x += 5;
    println!("{}", x);
    x -= 255;
    println!("{}", x);
}
// expect: 250
// expect: 255
// expect: 0
