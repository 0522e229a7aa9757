// An associated function of a trait is called through the type, `T::make()` in generic code.
trait Animal {
    fn baby_name() -> String;
    fn sound(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn baby_name() -> String {
        String::from("puppy")
    }
    fn sound(&self) -> String {
        String::from("woof")
    }
}

fn baby<T: Animal>() -> String {
    T::baby_name()
}

fn main() {
    println!("{} {}", Dog::baby_name(), baby::<Dog>());
    println!("{}", Dog.sound());
}
// expect: puppy puppy
// expect: woof
