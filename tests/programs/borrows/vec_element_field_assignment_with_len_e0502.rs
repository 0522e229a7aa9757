// `pts[pts.len() - 1].x = 5` is error E0502: assigning a field of a Vec's element borrows the Vec before the index.
struct Point {
    x: i32,
}

fn main() {
    let mut pts = vec![Point { x: 1 }, Point { x: 2 }];
    pts[pts.len() - 1].x = 5;
    println!("{}", pts[1].x);
}
// error: E0502 at 8:9
