// Comparing references compares what they point at, so `&a == &b` on a struct without PartialEq is E0369 at the operator.
struct Point { x: i32 }
fn same(a: &Point, b: &Point) -> bool {
    a == b
}
fn main() {
    let p = Point { x: 1 };
    println!("{}", same(&p, &p));
}
// error: E0369 at 4:7
