// An associated function of a trait and an inherent one of the same name: Dog::baby_name() and <Dog as Animal>::baby_name().
trait Animal {
    fn baby_name() -> String;
}

struct Dog;

impl Dog {
    fn baby_name() -> String {
        String::from("Spot")
    }
}

impl Animal for Dog {
    fn baby_name() -> String {
        String::from("puppy")
    }
}

fn main() {
    println!("A baby dog is called a {}", Dog::baby_name());
    println!("A baby dog is called a {}", <Dog as Animal>::baby_name());
}
// expect: A baby dog is called a Spot
// expect: A baby dog is called a puppy
