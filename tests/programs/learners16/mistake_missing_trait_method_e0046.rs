// An impl that forgets a required trait method: E0046.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> String;
}

struct Dog;

impl Animal for Dog {
    fn name(&self) -> String {
        String::from("dog")
    }
}

fn main() {
    println!("{}", Dog.name());
}
// error: E0046 at 9:1
