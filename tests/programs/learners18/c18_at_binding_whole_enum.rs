// Binding the whole value with @ while matching its shape, and @ on a nested Some.
#[derive(Debug)]
enum Shape {
    Circle { r: u32 },
    Rect { w: u32, h: u32 },
}

fn main() {
    let shapes = vec![Shape::Circle { r: 2 }, Shape::Rect { w: 3, h: 3 }, Shape::Rect { w: 2, h: 5 }];
    for s in &shapes {
        match s {
            sq @ Shape::Rect { w, h } if w == h => println!("square {sq:?}"),
            c @ Shape::Circle { .. } => println!("round {c:?}"),
            other => println!("other {other:?}"),
        }
    }
    let nested = Some(Some(5));
    if let Some(inner @ Some(n)) = nested {
        println!("{inner:?} holds {n}");
    }
}
// expect: round Circle { r: 2 }
// expect: square Rect { w: 3, h: 3 }
// expect: other Rect { w: 2, h: 5 }
// expect: Some(5) holds 5
