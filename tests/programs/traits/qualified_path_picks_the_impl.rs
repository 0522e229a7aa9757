// `<Dog as Animal>::baby_name()` calls the trait's function for the type named, not the type's own function of the same name; a method works the same way with its receiver passed.
trait Animal {
    fn baby_name() -> String;
    fn legs(&self) -> u32 {
        4
    }
}
trait Pilot {
    fn fly(&self) -> String;
}
struct Dog;
struct Bird;
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
impl Animal for Bird {
    fn baby_name() -> String {
        String::from("chick")
    }
    fn legs(&self) -> u32 {
        2
    }
}
impl Pilot for Dog {
    fn fly(&self) -> String {
        String::from("This is your captain speaking.")
    }
}
fn main() {
    println!("{} {}", Dog::baby_name(), <Dog as Animal>::baby_name());
    let names = vec![<Bird as Animal>::baby_name(), <Dog as Animal>::baby_name()];
    println!("{names:?}");
    println!("{} {}", <Bird as Animal>::legs(&Bird), <Dog as Pilot>::fly(&Dog));
}
// expect: Spot puppy
// expect: ["chick", "puppy"]
// expect: 2 This is your captain speaking.
