// A &str from a method called through a Box keeps the Box borrowed: moving the Box while it is used is E0505.
struct Dog {
    name: String,
}

impl Dog {
    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let b = Box::new(Dog { name: String::from("Rex") });
    let n = b.name();
    let moved = b;
    println!("{} {}", n, moved.name);
}
// error: E0505 at 15:17
