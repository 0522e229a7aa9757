// assert_eq! compares with `==`, so on a struct without PartialEq it is E0369 at the macro.
#[derive(Debug)]
struct Point { x: i32 }
fn main() {
    let p = Point { x: 1 };
    assert_eq!(p, Point { x: 1 });
}
// error: E0369 at 6:5
