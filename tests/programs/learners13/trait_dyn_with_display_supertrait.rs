// A trait object whose trait has Display as a supertrait, printed with {} and used for a method.
use std::fmt;

trait Animal: fmt::Display {
    fn legs(&self) -> u32;
}

struct Bird;
struct Dog {
    name: String,
}

impl fmt::Display for Bird {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a bird")
    }
}

impl fmt::Display for Dog {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} the dog", self.name)
    }
}

impl Animal for Bird {
    fn legs(&self) -> u32 {
        2
    }
}

impl Animal for Dog {
    fn legs(&self) -> u32 {
        4
    }
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![Box::new(Bird), Box::new(Dog { name: "Rex".into() })];
    for a in &zoo {
        println!("{} has {} legs", a, a.legs());
    }
    let total: u32 = zoo.iter().map(|a| a.legs()).sum();
    println!("{} legs in all", total);
}
// expect: a bird has 2 legs
// expect: Rex the dog has 4 legs
// expect: 6 legs in all
