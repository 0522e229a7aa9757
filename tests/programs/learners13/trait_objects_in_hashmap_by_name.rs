// Commands looked up by name in a HashMap<&str, Box<dyn Fn(i32) -> i32>>, applied to a running value.
use std::collections::HashMap;

fn main() {
    let mut commands: HashMap<&str, Box<dyn Fn(i32) -> i32>> = HashMap::new();
    commands.insert("inc", Box::new(|x| x + 1));
    commands.insert("double", Box::new(|x| x * 2));
    let step = 7;
    commands.insert("jump", Box::new(move |x| x + step));
    let program = ["inc", "double", "jump", "nope", "double"];
    let mut value = 1;
    for name in program.iter() {
        match commands.get(name) {
            Some(f) => {
                value = f(value);
                println!("{:>6} -> {}", name, value);
            }
            None => println!("{:>6} unknown", name),
        }
    }
    println!("{} commands known", commands.len());
}
// expect:    inc -> 2
// expect: double -> 4
// expect:   jump -> 11
// expect:   nope unknown
// expect: double -> 22
// expect: 3 commands known
