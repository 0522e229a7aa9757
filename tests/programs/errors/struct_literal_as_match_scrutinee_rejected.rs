// A struct literal as a `match` scrutinee is rustc's parse error "struct literals are not allowed here" at the literal (`{ x, y }` with shorthand fields too).
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let x = 3;
    let y = 4;
    match Point { x, y } {
        Point { x, .. } => println!("{}", x),
    }
}
// error: "struct literals are not allowed here" at 10:11
