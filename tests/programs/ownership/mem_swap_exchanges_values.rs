// `std::mem::swap` exchanges two values without allocating or freeing anything.
fn main() {
    let mut a = String::from("left");
    let mut b = String::from("right side");
    std::mem::swap(&mut a, &mut b);
    println!("a = {}, b = {}", a, b);
    let mut x = 1;
    let mut y = 2;
    std::mem::swap(&mut x, &mut y);
    println!("x = {}, y = {}", x, y);
}
// expect: a = right side, b = left
// expect: x = 2, y = 1
