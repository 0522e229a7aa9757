// Two items with one name in the same namespace of one module are E0428 at the second.
struct Point {
    x: i32,
}

enum Point {
    Origin,
}

fn main() {}
// error: E0428 at 6:1
