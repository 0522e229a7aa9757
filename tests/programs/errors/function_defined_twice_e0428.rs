// Two functions with the same name in one scope is error E0428.
fn area(w: i32, h: i32) -> i32 {
    w * h
}

fn area(side: i32) -> i32 {
    side * side
}

fn main() {
    println!("{}", area(2, 3));
}
// error: E0428 at 6:1
