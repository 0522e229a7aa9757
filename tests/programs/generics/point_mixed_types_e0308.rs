// Point<T> takes one type for both fields: an integer x and a float y is E0308 at the float.
struct Point<T> {
    x: T,
    y: T,
}

fn main() {
    let wont_work = Point { x: 5, y: 4.0 };
    println!("{}", wont_work.x);
}
// error: E0308 at 8:38
