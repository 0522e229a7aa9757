// `let ... else` destructures a struct variant's fields or leaves the function.
#[derive(Debug)]
enum Shape {
    Rect { w: u32, h: u32 },
    Circle { r: u32 },
}

fn rect_area(s: &Shape) -> u32 {
    let Shape::Rect { w, h } = s else {
        println!("not a rectangle: {:?}", s);
        return 0;
    };
    w * h
}

fn main() {
    println!("{}", rect_area(&Shape::Rect { w: 3, h: 4 }));
    println!("{}", rect_area(&Shape::Circle { r: 1 }));
}
// expect: 12
// expect: not a rectangle: Circle { r: 1 }
// expect: 0
