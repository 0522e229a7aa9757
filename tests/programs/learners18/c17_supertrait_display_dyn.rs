// A trait with Display as supertrait used as dyn: printing the object and calling the default method.
use std::fmt;

trait Entity: fmt::Display {
    fn hp(&self) -> i32;
    fn status(&self) -> String {
        format!("{self} has {} hp", self.hp())
    }
}

struct Orc {
    hp: i32,
}

struct Elf {
    name: String,
}

impl fmt::Display for Orc {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Orc")
    }
}

impl fmt::Display for Elf {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Elf {}", self.name)
    }
}

impl Entity for Orc {
    fn hp(&self) -> i32 {
        self.hp
    }
}

impl Entity for Elf {
    fn hp(&self) -> i32 {
        100
    }
}

fn main() {
    let party: Vec<Box<dyn Entity>> = vec![Box::new(Orc { hp: 30 }), Box::new(Elf { name: "Lia".into() })];
    for e in &party {
        println!("{e}: {}", e.status());
    }
}
// expect: Orc: Orc has 30 hp
// expect: Elf Lia: Elf Lia has 100 hp
