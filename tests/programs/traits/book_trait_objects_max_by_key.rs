// Box<dyn Animal> in a Vec: a default method calling a required one, max_by_key over the trait objects, a &dyn from a unit struct, and Box<dyn Trait>'s two words.
trait Animal {
    fn name(&self) -> String;
    fn speak(&self) -> String {
        format!("{} makes a sound", self.name())
    }
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Animal for Dog {
    fn name(&self) -> String {
        "Dog".to_string()
    }
    fn speak(&self) -> String {
        "Woof".to_string()
    }
}

impl Animal for Cat {
    fn name(&self) -> String {
        format!("Cat with {} lives", self.lives)
    }
}

fn loudest(animals: &Vec<Box<dyn Animal>>) -> Option<&Box<dyn Animal>> {
    animals.iter().max_by_key(|a| a.speak().len())
}

fn main() {
    let mut zoo: Vec<Box<dyn Animal>> = Vec::new();
    zoo.push(Box::new(Dog));
    zoo.push(Box::new(Cat { lives: 9 }));
    for a in zoo.iter() {
        println!("{}", a.speak());
    }
    if let Some(a) = loudest(&zoo) {
        println!("loudest: {}", a.name());
    }
    let r: &dyn Animal = &Dog;
    println!("{}", r.speak());
    println!("{}", std::mem::size_of::<Box<dyn Animal>>());
}
// expect: Woof
// expect: Cat with 9 lives makes a sound
// expect: loudest: Cat with 9 lives
// expect: Woof
// expect: 16
