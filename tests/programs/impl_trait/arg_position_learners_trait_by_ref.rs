// `&impl Shape` takes a reference to any type implementing the learner's trait, statically dispatched.
trait Shape {
    fn area(&self) -> u32;
}

struct Sq(u32);
struct Rect(u32, u32);

impl Shape for Sq {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

impl Shape for Rect {
    fn area(&self) -> u32 {
        self.0 * self.1
    }
}

fn describe(s: &impl Shape) -> String {
    format!("area {}", s.area())
}

fn main() {
    println!("{}", describe(&Sq(3)));
    println!("{}", describe(&Rect(2, 5)));
}
// expect: area 9
// expect: area 10
