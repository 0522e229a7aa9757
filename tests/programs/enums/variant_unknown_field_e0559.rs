// A struct variant's literal naming a field the variant does not have is error E0559.
enum Shape {
    Circle { r: u32 },
}

fn main() {
    let s = Shape::Circle { radius: 2 };
    if let Shape::Circle { r } = s {
        println!("{}", r);
    }
}
// error: E0559 at 7:29
