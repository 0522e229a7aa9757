// Without `Copy`, assigning a struct moves it, and using the old variable is E0382.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    println!("{:?} {:?}", p, q);
}
// error: E0382 at 11:27
