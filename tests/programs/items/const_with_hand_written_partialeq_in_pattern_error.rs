// A hand-written `impl PartialEq` is not structural equality: a constant of that type in a pattern is rejected even though `==` works.
struct Point {
    x: i32,
}

impl PartialEq for Point {
    fn eq(&self, other: &Point) -> bool {
        self.x == other.x
    }
}

const ZERO: Point = Point { x: 0 };

fn main() {
    let p = Point { x: 0 };
    println!("{}", p == ZERO);
    match p {
        ZERO => println!("zero"),
        _ => println!("other"),
    }
}
// error: "constant of non-structural type `Point` in a pattern" at 18:9
