// `let ... else` takes the payload out of the variant it expects, and the else block must leave the function (here by returning).
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Square { side: f64 },
}

fn side(s: &Shape) -> f64 {
    let Shape::Square { side } = s else {
        println!("not a square: {:?}", s);
        return 0.0;
    };
    *side
}

fn main() {
    println!("{}", side(&Shape::Square { side: 2.5 }));
    println!("{}", side(&Shape::Circle(1.0)));
}
// expect: 2.5
// expect: not a square: Circle(1.0)
// expect: 0
