// A value built from a static's value is not promoted (rustc promotes no read of a static), so `&(X, 1)` returned is E0515.
static X: i32 = 4;
fn pair() -> &'static (i32, i32) {
    &(X, 1)
}
fn main() {
    println!("{:?}", pair());
}
// error: E0515 at 4:5
