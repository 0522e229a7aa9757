// A HashMap of boxed closures reading a local greeting, looked up by name and called.
use std::collections::HashMap;

fn main() {
    let greeting = String::from("hello");
    let mut commands: HashMap<&str, Box<dyn Fn(&str) -> String>> = HashMap::new();
    commands.insert("greet", Box::new(|who| format!("{}, {}!", greeting, who)));
    commands.insert("shout", Box::new(|who| format!("{} {}", greeting.to_uppercase(), who)));
    for name in ["greet", "shout"] {
        if let Some(cmd) = commands.get(name) {
            println!("{}", cmd("ann"));
        }
    }
}
// expect: hello, ann!
// expect: HELLO ann
