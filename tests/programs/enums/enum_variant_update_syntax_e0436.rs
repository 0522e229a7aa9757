// `..base` in a struct variant's literal is error E0436: update syntax is only for structs.
enum Shape {
    Rect { w: u32, h: u32 },
}

fn main() {
    let a = Shape::Rect { w: 1, h: 2 };
    let b = Shape::Rect { w: 5, ..a };
    if let Shape::Rect { w, h } = b {
        println!("{} {}", w, h);
    }
}
// error: E0436 at 8:35
