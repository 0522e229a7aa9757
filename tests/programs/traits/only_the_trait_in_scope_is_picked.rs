// Two traits give Human a `fly`, but only Wizard is imported: `h.fly()` is Wizard's, no E0034, and Pilot's is reached by its path.
mod pilot {
    pub trait Pilot {
        fn fly(&self) -> String;
    }
}

mod wizard {
    pub trait Wizard {
        fn fly(&self) -> String;
    }
}

struct Human;

impl pilot::Pilot for Human {
    fn fly(&self) -> String {
        String::from("This is your captain speaking.")
    }
}

impl wizard::Wizard for Human {
    fn fly(&self) -> String {
        String::from("Up!")
    }
}

use wizard::Wizard;

fn main() {
    let h = Human;
    println!("{}", h.fly());
    println!("{}", pilot::Pilot::fly(&h));
}
// expect: Up!
// expect: This is your captain speaking.
