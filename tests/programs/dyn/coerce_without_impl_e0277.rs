// Making a `&dyn Animal` from a type that does not implement Animal is E0277 at the expression coerced.
trait Animal {
    fn name(&self) -> String;
}

struct Dog;
struct Rock;

impl Animal for Dog {
    fn name(&self) -> String {
        String::from("Dog")
    }
}

fn main() {
    let r = Rock;
    let a: &dyn Animal = &r;
    println!("{}", a.name());
}
// error: E0277 at 17:26
