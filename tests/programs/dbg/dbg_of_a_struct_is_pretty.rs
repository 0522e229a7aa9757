// dbg! uses the pretty Debug format: a struct's fields one per line, nested ones indented.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

#[derive(Debug)]
struct Scene {
    name: String,
    shape: Rectangle,
}

fn main() {
    let scale = 2;
    let rect = Rectangle { width: dbg!(30 * scale), height: 50 };
    let scene = Scene { name: String::from("box"), shape: rect };
    dbg!(&scene);
    println!("{}", scene.shape.width * scene.shape.height);
}
// expect: 3000
// stderr: [main.rs:16:35] 30 * scale = 60
// stderr: [main.rs:18:5] &scene = Scene {
// stderr:     name: "box",
// stderr:     shape: Rectangle {
// stderr:         width: 60,
// stderr:         height: 50,
// stderr:     },
// stderr: }
