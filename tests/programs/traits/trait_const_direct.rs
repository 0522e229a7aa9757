// A trait's associated constant given by an impl is read through the type's name (`Dog::LEGS`).
trait Animal {
    const LEGS: u32;
}

struct Dog;
struct Bird;

impl Animal for Dog {
    const LEGS: u32 = 4;
}

impl Animal for Bird {
    const LEGS: u32 = 2;
}

fn main() {
    println!("{} {}", Dog::LEGS, Bird::LEGS);
    let total = Dog::LEGS * 3 + Bird::LEGS;
    println!("{total}");
}
// expect: 4 2
// expect: 14
