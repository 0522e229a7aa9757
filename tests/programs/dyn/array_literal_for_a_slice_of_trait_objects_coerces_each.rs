// An array literal borrowed for a `&[&dyn Trait]` (or `&[Box<dyn Trait>]`) parameter takes the slice's element type, so each element of a different type coerces to a trait object.
trait Animal {
    fn speak(&self) -> String;
}
struct Dog;
struct Cat {
    lives: u8,
}
impl Animal for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}
impl Animal for Cat {
    fn speak(&self) -> String {
        format!("meow x{}", self.lives)
    }
}
fn loudest(animals: &[&dyn Animal]) -> usize {
    animals.iter().map(|a| a.speak().len()).max().unwrap_or(0)
}
fn chorus(animals: &[Box<dyn Animal>]) -> String {
    animals.iter().map(|a| a.speak()).collect::<Vec<_>>().join(" ")
}
fn main() {
    let dog = Dog;
    let cat = Cat { lives: 9 };
    println!("{}", loudest(&[&dog, &cat]));
    println!("{}", chorus(&[Box::new(Cat { lives: 3 }), Box::new(Dog)]));
}
// expect: 7
// expect: meow x3 woof
