// Passing a struct that lacks the trait to a function bounded by it is E0277.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Rock;

impl Speak for Dog {
    fn speak(&self) -> String {
        "woof".to_string()
    }
}

fn talk<T: Speak>(t: &T) {
    println!("{}", t.speak());
}

fn main() {
    talk(&Dog);
    talk(&Rock);
}
// error: E0277 at 21:10
