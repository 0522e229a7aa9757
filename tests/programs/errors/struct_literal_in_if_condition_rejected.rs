// A struct literal in an `if` condition is rustc's parse error "struct literals are not allowed here" at the literal, not a complaint about the `:` after its first field.
#[derive(PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    if p == Point { x: 1, y: 2 } {
        println!("same");
    }
}
// error: "struct literals are not allowed here" at 10:13
