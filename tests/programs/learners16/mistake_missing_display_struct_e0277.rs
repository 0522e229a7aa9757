// println!("{}", rect) for a struct without Display: E0277.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let rect = Rectangle { width: 30, height: 50 };
    println!("rect is {}", rect);
}
// error: E0277 at 10:28
