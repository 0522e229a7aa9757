// is_sorted needs PartialOrd of the elements: a struct without it is E0277 "can't compare" at the method.
struct Point {
    x: i32,
    y: i32,
}
fn main() {
    let pts = vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    println!("{}", pts.is_sorted());
    println!("{}", pts[0].x + pts[1].y);
}
// error: E0277 at 8:24
