// In a `&self` method, `self.name.unwrap()` would move the field out of a struct the method only borrows (E0507).
struct User {
    name: Option<String>,
}

impl User {
    fn name(&self) -> String {
        self.name.unwrap()
    }
}

fn main() {
    let u = User { name: Some(String::from("ann")) };
    println!("{}", u.name());
}
// error: E0507 at 8:9
