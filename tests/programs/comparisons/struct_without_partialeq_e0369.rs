// `==` on a struct without #[derive(PartialEq)] ran and printed `true`; rustc rejects it (E0369 at the operator).
struct Point { x: i32, y: i32 }
fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 1, y: 2 };
    println!("{}", a == b);
}
// error: E0369 at 6:22
