// Calling a method that the struct's impl does not define is error E0599.
struct Rectangle {
    width: u32,
    height: u32,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }
}

fn main() {
    let r = Rectangle { width: 3, height: 4 };
    println!("{}", r.area());
    println!("{}", r.perimeter());
}
// error: E0599 at 16:22
