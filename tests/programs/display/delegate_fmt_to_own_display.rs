// self.0.fmt(f) on a field of the program's own Display type calls that impl, writing into the same output between the outer impl's writes.
use std::fmt;

struct Point { x: i32, y: i32 }
struct Wrapper(Point);

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

impl fmt::Display for Wrapper {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<")?;
        self.0.fmt(f)?;
        write!(f, ">")
    }
}

fn main() {
    let w = Wrapper(Point { x: 1, y: 2 });
    println!("{}", w);
    println!("{}", w.to_string().len());
}
// expect: <(1, 2)>
// expect: 8
