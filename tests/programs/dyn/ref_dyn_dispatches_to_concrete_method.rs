// A `&dyn Animal` made from `&Dog` and from `&Cat` calls each type's own `speak` through the vtable.
trait Animal {
    fn speak(&self) -> String;
}

struct Dog;
struct Cat {
    lives: u8,
}

impl Animal for Dog {
    fn speak(&self) -> String {
        String::from("Woof")
    }
}

impl Animal for Cat {
    fn speak(&self) -> String {
        format!("Meow x{}", self.lives)
    }
}

fn main() {
    let d = Dog;
    let c = Cat { lives: 9 };
    let a: &dyn Animal = &d;
    println!("{}", a.speak());
    let a: &dyn Animal = &c;
    println!("{}", a.speak());
}
// expect: Woof
// expect: Meow x9
