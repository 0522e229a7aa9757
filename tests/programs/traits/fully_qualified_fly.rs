// Pilot::fly(&person), Wizard::fly(&person) and person.fly() pick three different methods of one name.
trait Pilot {
    fn fly(&self);
}

trait Wizard {
    fn fly(&self);
}

struct Human;

impl Pilot for Human {
    fn fly(&self) {
        println!("This is your captain speaking.");
    }
}

impl Wizard for Human {
    fn fly(&self) {
        println!("Up!");
    }
}

impl Human {
    fn fly(&self) {
        println!("*waving arms furiously*");
    }
}

fn main() {
    let person = Human;
    Pilot::fly(&person);
    Wizard::fly(&person);
    person.fly();
    Human::fly(&person);
    <Human as Wizard>::fly(&person);
}
// expect: This is your captain speaking.
// expect: Up!
// expect: *waving arms furiously*
// expect: *waving arms furiously*
// expect: Up!
