// Trait objects with a default method, a &dyn parameter, and a total over Vec<Box<dyn Animal>>.
trait Animal {
    fn name(&self) -> String;
    fn legs(&self) -> u32 {
        4
    }
    fn describe(&self) -> String {
        format!("{} has {} legs", self.name(), self.legs())
    }
}

struct Dog;
struct Bird {
    species: String,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        self.species.clone()
    }
    fn legs(&self) -> u32 {
        2
    }
}

fn introduce(a: &dyn Animal) {
    println!("Meet: {}", a.describe());
}

fn main() {
    let zoo: Vec<Box<dyn Animal>> = vec![
        Box::new(Dog),
        Box::new(Bird { species: "Robin".to_string() }),
        Box::new(Dog),
    ];
    for a in &zoo {
        introduce(a.as_ref());
    }
    let total: u32 = zoo.iter().map(|a| a.legs()).sum();
    println!("total legs {total}");
    let d = Dog;
    introduce(&d);
}
// expect: Meet: Dog has 4 legs
// expect: Meet: Robin has 2 legs
// expect: Meet: Dog has 4 legs
// expect: total legs 10
// expect: Meet: Dog has 4 legs
