// Matching a pair of enums with one pair missing: E0004 names the missing pair with both variants.
#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
}

fn main() {
    let a = Side::Left;
    let b = Side::Right;
    let s = match (a, b) {
        (Side::Left, _) => "left first",
        (Side::Right, Side::Left) => "right then left",
    };
    println!("{s}");
}
// error: E0004 at 11:19
