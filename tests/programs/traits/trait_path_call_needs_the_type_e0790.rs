// `Animal::baby_name()` names no type for Self, so rustc stops with E0790 even though one type implements the trait.
trait Animal {
    fn baby_name() -> String;
}
struct Dog;
impl Animal for Dog {
    fn baby_name() -> String {
        String::from("puppy")
    }
}
fn main() {
    println!("A baby dog is called a {}", Animal::baby_name());
}
// error: E0790 at 12:43
