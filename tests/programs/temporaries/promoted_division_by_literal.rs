// A division or remainder by a non-zero literal cannot panic, so rustc promotes `&(10 / 2)` and `&(17 % 0x5)` (and any float division) to statics that a function may return.
fn half() -> &'static i32 {
    &(10 / 2)
}
fn rest() -> &'static u8 {
    &(17 % 0x5)
}
fn infinite() -> &'static f64 {
    &(1.0 / 0.0)
}
fn main() {
    println!("{} {} {}", half(), rest(), infinite());
}
// expect: 5 2 inf
