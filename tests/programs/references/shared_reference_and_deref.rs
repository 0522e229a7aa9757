// `&x` makes a reference and `*r` reads the value it points to.
fn main() {
    let x = 5;
    let r = &x;
    println!("x = {}, r = {}, *r = {}", x, r, *r);
    println!("{}", *r + 1);
    println!("{}", *r == x);
}
// expect: x = 5, r = 5, *r = 5
// expect: 6
// expect: true
