// assert_eq!(5, y) with y a Box<i32> (forgot the deref): E0277 can't compare `{integer}` with `Box<{integer}>`.
fn main() {
    let x = 5;
    let y = Box::new(x);
    assert_eq!(5, y);
}
// error: E0277 at 5:5
