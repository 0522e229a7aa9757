// A struct without lifetime parameters takes no lifetime arguments (E0107).
struct Point {
    x: i32,
}

fn show(p: &Point<'static>) {
    println!("{}", p.x);
}

fn main() {}
// error: E0107 at 6:13
