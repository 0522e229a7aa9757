// `!=` needs PartialEq too: a struct without the derive is E0369 at the operator.
struct Point { x: i32, y: i32 }
fn main() {
    let a = Point { x: 1, y: 2 };
    if a != (Point { x: 3, y: 4 }) {
        println!("different");
    }
}
// error: E0369 at 5:10
