// A trait method returning &'static str called through &dyn and Box<dyn>: the result borrows nothing from the object.
trait Animal {
    fn species(&self) -> &'static str;
    fn name(&self) -> &str;
}

struct Dog {
    name: String,
}

impl Animal for Dog {
    fn species(&self) -> &'static str {
        "dog"
    }
    fn name(&self) -> &str {
        &self.name
    }
}

fn species_of(a: &dyn Animal) -> &'static str {
    a.species()
}

fn label(a: &dyn Animal) -> String {
    format!("{} the {}", a.name(), a.species())
}

fn main() {
    let kept;
    {
        let b: Box<dyn Animal> = Box::new(Dog { name: String::from("Rex") });
        kept = b.species();
        println!("{}", label(&*b));
        println!("{}", species_of(&*b));
    }
    println!("kept after the box is gone: {}", kept);
}
// expect: Rex the dog
// expect: dog
// expect: kept after the box is gone: dog
