// An associated function `fn new(...) -> Self` is the usual constructor, called as `Type::new`.
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn new(width: u32, height: u32) -> Self {
        Self { width, height }
    }

    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }
}

fn main() {
    let r = Rectangle::new(30, 50);
    let s = Rectangle::square(7);
    println!("{}x{} and {}x{}", r.width, r.height, s.width, s.height);
}
// expect: 30x50 and 7x7
