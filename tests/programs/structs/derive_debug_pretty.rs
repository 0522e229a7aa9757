// `{:#?}` pretty-prints a derived Debug struct over several lines, nested values indented.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Shape {
    name: String,
    corners: Vec<Point>,
}

fn main() {
    let s = Shape {
        name: String::from("line"),
        corners: vec![Point { x: 0, y: 0 }, Point { x: 3, y: 4 }],
    };
    println!("{:#?}", s);
}
// expect: Shape {
// expect:     name: "line",
// expect:     corners: [
// expect:         Point {
// expect:             x: 0,
// expect:             y: 0,
// expect:         },
// expect:         Point {
// expect:             x: 3,
// expect:             y: 4,
// expect:         },
// expect:     ],
// expect: }
