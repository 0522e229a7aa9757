// A struct constant covers only its own value: a match with nothing else misses every other `x`, which rustc lists as ranges (E0004).
#[derive(PartialEq)]
struct P {
    x: i32,
    y: i32,
}

const Z: P = P { x: 0, y: 0 };

fn main() {
    let p = P { x: 0, y: 1 };
    match p {
        Z => println!("z"),
    }
}
// error: E0004 at 12:11
