// Destructuring a Point with let Point { x: a, y: b } and shorthand, then matching on axes.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 0, y: 7 };
    let Point { x: a, y: b } = p;
    println!("{} {}", a, b);
    let Point { x, y } = p;
    println!("{} {}", x, y);
    for p in [Point { x: 0, y: 7 }, Point { x: 3, y: 0 }, Point { x: 1, y: 1 }] {
        match p {
            Point { x, y: 0 } => println!("On the x axis at {x}"),
            Point { x: 0, y } => println!("On the y axis at {y}"),
            Point { x, y } => println!("On neither axis: ({x}, {y})"),
        }
    }
}
// expect: 0 7
// expect: 0 7
// expect: On the y axis at 7
// expect: On the x axis at 3
// expect: On neither axis: (1, 1)
