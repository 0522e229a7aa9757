// A division by a negative literal is promoted too, even by -1 when the dividend is a literal (so it is not MIN): `&(10 / -2)` and `&(10 / -1)` may be returned.
fn a() -> &'static i32 {
    &(10 / -2)
}
fn b() -> &'static i32 {
    &(10 / -1)
}
fn main() {
    println!("{} {}", a(), b());
}
// expect: -5 -10
