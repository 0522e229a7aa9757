// A trait with `Display` as supertrait: `{}` of its trait object calls the concrete type's Display impl.
use std::fmt;

trait Shape: fmt::Display {
    fn area(&self) -> u32;
}

struct Rect {
    w: u32,
    h: u32,
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}x{}", self.w, self.h)
    }
}

impl Shape for Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn main() {
    let s: Box<dyn Shape> = Box::new(Rect { w: 2, h: 3 });
    println!("{} has area {}", s, s.area());
}
// expect: 2x3 has area 6
