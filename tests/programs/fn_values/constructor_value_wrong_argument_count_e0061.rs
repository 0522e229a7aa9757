// A tuple struct's constructor kept in a variable takes exactly its fields: one argument too many is E0061.
struct Point(i32, i32);

fn main() {
    let make = Point;
    let p = make(1, 2, 3);
    println!("{}", p.0);
}
// error: E0061 at 6:13
