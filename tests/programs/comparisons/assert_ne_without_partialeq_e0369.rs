// assert_ne! compares with `==` too, so on a struct without PartialEq it is E0369 at the macro.
#[derive(Debug)]
struct Point { x: i32 }
fn main() {
    assert_ne!(Point { x: 1 }, Point { x: 2 });
}
// error: E0369 at 5:5
