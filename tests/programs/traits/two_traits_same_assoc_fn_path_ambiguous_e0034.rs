// Two traits give Dog an associated function baby_name and Dog has none of its own: Dog::baby_name() is E0034; <Dog as Animal>::baby_name() would say which.
trait Animal {
    fn baby_name() -> String;
}

trait Pet {
    fn baby_name() -> String;
}

struct Dog;

impl Animal for Dog {
    fn baby_name() -> String {
        String::from("puppy")
    }
}

impl Pet for Dog {
    fn baby_name() -> String {
        String::from("pup")
    }
}

fn main() {
    println!("{}", <Dog as Animal>::baby_name());
    println!("{}", Dog::baby_name());
}
// error: E0034 at 26:25
