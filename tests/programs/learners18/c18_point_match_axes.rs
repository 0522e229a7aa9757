// Matching a Point struct on literal fields, and let-destructuring nested tuples with structs.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    for p in [Point { x: 0, y: 7 }, Point { x: 3, y: 0 }, Point { x: 0, y: 0 }, Point { x: 1, y: 2 }] {
        match p {
            Point { x: 0, y: 0 } => println!("origin"),
            Point { x, y: 0 } => println!("On the x axis at {x}"),
            Point { x: 0, y } => println!("On the y axis at {y}"),
            Point { x, y } => println!("On neither axis: ({x}, {y})"),
        }
    }
    let ((feet, inches), Point { x, y }) = ((3, 10), Point { x: 3, y: -10 });
    println!("{feet} {inches} {x} {y}");
}
// expect: On the y axis at 7
// expect: On the x axis at 3
// expect: origin
// expect: On neither axis: (1, 2)
// expect: 3 10 3 -10
