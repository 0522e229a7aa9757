// Rust-by-Example-style: returning `Box<dyn Animal>` from a function choosing by a number, then calling through it.
struct Sheep {}
struct Cow {}

trait Animal {
    fn noise(&self) -> &'static str;
}

impl Animal for Sheep {
    fn noise(&self) -> &'static str {
        "baaaaah!"
    }
}

impl Animal for Cow {
    fn noise(&self) -> &'static str {
        "moooooo!"
    }
}

fn random_animal(random_number: f64) -> Box<dyn Animal> {
    if random_number < 0.5 {
        Box::new(Sheep {})
    } else {
        Box::new(Cow {})
    }
}

fn main() {
    for n in [0.234, 0.9] {
        let animal = random_animal(n);
        println!("You've randomly chosen an animal, and it says {}", animal.noise());
    }
    let zoo: Vec<Box<dyn Animal>> = vec![random_animal(0.1), random_animal(0.7), random_animal(0.3)];
    let noises: Vec<&str> = zoo.iter().map(|a| a.noise()).collect();
    println!("{:?}", noises);
}
// expect: You've randomly chosen an animal, and it says baaaaah!
// expect: You've randomly chosen an animal, and it says moooooo!
// expect: ["baaaaah!", "moooooo!", "baaaaah!"]
