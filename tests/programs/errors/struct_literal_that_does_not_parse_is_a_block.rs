// In a condition, `Name { x: ...` that does not parse as a struct literal is taken back: `{` opens the `if`'s block, and the error is where that block fails to parse.
struct P {
    x: i32,
}

fn main() {
    let x = 1;
    if let P { x: 2 } = P { x: 3 + } {
    }
}
// error: "expected one of" at 8:30
