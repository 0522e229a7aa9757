// Rustlings-style: matching an Option<Point> by value moves it, so printing it after is E0382.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let y: Option<Point> = Some(Point { x: 100, y: 200 });
    match y {
        Some(p) => println!("Co-ordinates are {},{}", p.x, p.y),
        _ => panic!("no match!"),
    }
    println!("{:?}", y);
}
// error: E0382 at 14:22
