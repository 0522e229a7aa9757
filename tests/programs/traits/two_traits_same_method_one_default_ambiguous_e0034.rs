// One trait's provided method and another's required one share a name on Robot: robot.greet() is E0034 even though one is a default.
trait Polite {
    fn greet(&self) -> String {
        String::from("good day")
    }
}

trait Casual {
    fn greet(&self) -> String;
}

struct Robot;

impl Polite for Robot {}

impl Casual for Robot {
    fn greet(&self) -> String {
        String::from("hey")
    }
}

fn main() {
    let r = Robot;
    println!("{}", Casual::greet(&r));
    println!("{}", r.greet());
}
// error: E0034 at 25:22
