// Only a shared borrow is promoted: `&mut [1, 2]` is a fresh temporary, so returning it is E0515.
fn pair() -> &'static mut [i32; 2] {
    &mut [1, 2]
}
fn main() {
    println!("{:?}", pair());
}
// error: E0515 at 3:5
