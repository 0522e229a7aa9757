// to_string needs Display: a struct with only a derived Debug has no to_string (E0599).
#[derive(Debug)]
struct Point {
    x: i32,
}

fn main() {
    let p = Point { x: 1 };
    let s = p.to_string();
    println!("{} {:?}", s, p);
}
// error: E0599 at 9:15
