// Provided methods calling required ones and each other, one overridden by an impl, called through &dyn Animal.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
    fn speak_twice(&self) -> String {
        let once = self.speak();
        format!("{once}; {once}")
    }
}

struct Dog;
struct Cat { lives: u8 }

impl Animal for Dog {
    fn name(&self) -> String { "Dog".into() }
    fn sound(&self) -> String { "woof".into() }
}

impl Animal for Cat {
    fn name(&self) -> String { format!("Cat({})", self.lives) }
    fn sound(&self) -> String { "meow".into() }
    fn speak(&self) -> String { format!("{} ignores you", self.name()) }
}

fn chorus(animals: &[&dyn Animal]) -> Vec<String> {
    animals.iter().map(|a| a.speak_twice()).collect()
}

fn main() {
    let d = Dog;
    let c = Cat { lives: 9 };
    for line in chorus(&[&d, &c]) {
        println!("{}", line);
    }
}
// expect: Dog says woof; Dog says woof
// expect: Cat(9) ignores you; Cat(9) ignores you
