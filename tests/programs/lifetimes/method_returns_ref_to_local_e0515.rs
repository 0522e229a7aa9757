// A method returning a reference to a String it built locally is E0515.
struct Greeter {
    name: String,
}

impl Greeter {
    fn greeting(&self) -> &str {
        let s = format!("hello {}", self.name);
        &s
    }
}

fn main() {
    let g = Greeter { name: String::from("Ann") };
    println!("{}", g.greeting());
}
// error: E0515 at 9:9
