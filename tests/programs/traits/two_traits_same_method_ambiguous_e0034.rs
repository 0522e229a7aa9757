// Two traits giving one method name and no inherent method: person.fly() is ambiguous, E0034.
trait Pilot {
    fn fly(&self);
}

trait Wizard {
    fn fly(&self);
}

struct Human;

impl Pilot for Human {
    fn fly(&self) {
        println!("captain");
    }
}

impl Wizard for Human {
    fn fly(&self) {
        println!("Up!");
    }
}

fn main() {
    let person = Human;
    person.fly();
}
// error: E0034 at 26:12
