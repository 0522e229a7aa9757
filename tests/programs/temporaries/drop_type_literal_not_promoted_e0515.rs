// A value that needs dropping is never promoted: `&Noisy(1)` with an `impl Drop` is a temporary, so returning it is E0515.
struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make() -> &'static Noisy {
    &Noisy(1)
}
fn main() {
    println!("{}", make().0);
}
// error: E0515 at 9:5
