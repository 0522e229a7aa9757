// A supertrait OutlinePrint: Display whose provided method uses to_string, as the book shows.
use std::fmt;

trait OutlinePrint: fmt::Display {
    fn outline_print(&self) {
        let output = self.to_string();
        let len = output.len();
        println!("{}", "*".repeat(len + 4));
        println!("*{}*", " ".repeat(len + 2));
        println!("* {} *", output);
        println!("*{}*", " ".repeat(len + 2));
        println!("{}", "*".repeat(len + 4));
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl OutlinePrint for Point {}

fn main() {
    let p = Point { x: 1, y: -3 };
    p.outline_print();
    let q = Point { x: 100, y: 2000 };
    q.outline_print();
}
// expect: ***********
// expect: *         *
// expect: * (1, -3) *
// expect: *         *
// expect: ***********
// expect: ***************
// expect: *             *
// expect: * (100, 2000) *
// expect: *             *
// expect: ***************
