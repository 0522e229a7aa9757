// A `&self` method can return a reference to a field; its lifetime comes from `self`.
struct User {
    name: String,
}

impl User {
    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let u = User { name: String::from("Ferris") };
    let n = u.name();
    println!("{}", n);
}
// expect: Ferris
