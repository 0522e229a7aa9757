// A method named by its path takes its receiver as the first argument: `map(Point::norm1)` over `iter()` passes `&Point`.
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn norm1(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
}

fn main() {
    let pts = vec![Point { x: 1, y: -2 }, Point { x: -3, y: 4 }];
    let n: Vec<i32> = pts.iter().map(Point::norm1).collect();
    println!("{:?}", n);
}
// expect: [3, 7]
