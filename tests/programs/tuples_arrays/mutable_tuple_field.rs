// A field of a `mut` tuple can be assigned with `t.0 = ...`.
fn main() {
    let mut point = (0, 0);
    point.0 = 5;
    point.1 += 7;
    println!("{:?}", point);
}
// expect: (5, 7)
