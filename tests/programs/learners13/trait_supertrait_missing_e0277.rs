// Implementing OutlinePrint: Display for a type without Display is E0277.
use std::fmt;

trait OutlinePrint: fmt::Display {
    fn outline_print(&self) {
        println!("* {} *", self);
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl OutlinePrint for Point {}

fn main() {
    let p = Point { x: 1, y: 2 };
    p.outline_print();
    println!("{}", p.x + p.y);
}
// error: E0277 at 15:23
