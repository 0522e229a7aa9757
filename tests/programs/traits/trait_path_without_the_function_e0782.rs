// A function the trait does not have, called through the trait's path, makes rustc read the path as a bare trait type: E0782.
trait Shape {
    fn area(&self) -> f64;
}

struct Square;

impl Shape for Square {
    fn area(&self) -> f64 {
        1.0
    }
}

fn main() {
    println!("{}", Shape::perimeter(&Square));
}
// error: E0782 at 15:20
