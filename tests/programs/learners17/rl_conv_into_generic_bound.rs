// Rustlings-style: a function taking `impl Into<String>` called with a &str and a String.
struct Greeter {
    name: String,
}

impl Greeter {
    fn new<S: Into<String>>(name: S) -> Greeter {
        Greeter { name: name.into() }
    }
}

fn shout(s: impl Into<String>) -> String {
    let mut owned: String = s.into();
    owned.push('!');
    owned
}

fn main() {
    let a = Greeter::new("Ann");
    let b = Greeter::new(String::from("Bob"));
    println!("{} {}", a.name, b.name);
    println!("{} {}", shout("hey"), shout(String::from("ho")));
}
// expect: Ann Bob
// expect: hey! ho!
