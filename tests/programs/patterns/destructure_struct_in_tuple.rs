// One `let` destructures a tuple holding a tuple and a struct, and a match picks points on the axes.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let ((feet, inches), Point { x, y }) = ((3, 10), Point { x: 3, y: -10 });
    println!("{} ft {} in at ({}, {})", feet, inches, x, y);

    let points = [Point { x: 0, y: 7 }, Point { x: 2, y: 0 }, Point { x: 0, y: 0 }, Point { x: 1, y: 1 }];
    for p in &points {
        match p {
            Point { x: 0, y: 0 } => println!("origin"),
            Point { x, y: 0 } => println!("on the x axis at {}", x),
            Point { x: 0, y } => println!("on the y axis at {}", y),
            Point { x, y } => println!("elsewhere: ({}, {})", x, y),
        }
    }
    let Point { x: a, y: b } = points[3];
    println!("{}", a + b);
}
// expect: 3 ft 10 in at (3, -10)
// expect: on the y axis at 7
// expect: on the x axis at 2
// expect: origin
// expect: elsewhere: (1, 1)
// expect: 2
