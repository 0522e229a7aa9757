// Implementing a trait twice for one type is E0119 at the second impl.
trait Greet {
    fn hi(&self) -> String;
}

struct Robot;

impl Greet for Robot {
    fn hi(&self) -> String {
        String::from("beep")
    }
}

impl Greet for Robot {
    fn hi(&self) -> String {
        String::from("boop")
    }
}

fn main() {
    println!("{}", Robot.hi());
}
// error: E0119 at 14:1
