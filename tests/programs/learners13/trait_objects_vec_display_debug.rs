// A heterogeneous Vec<Box<dyn std::fmt::Display>> and a slice of &dyn Debug printed in a loop.
use std::fmt::{Debug, Display};

#[derive(Debug)]
struct Temp(f32);

impl Display for Temp {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fn main() {
    let items: Vec<Box<dyn Display>> = vec![Box::new(42), Box::new(String::from("text")), Box::new(Temp(21.55)), Box::new('c')];
    for (i, it) in items.iter().enumerate() {
        println!("{}: {}", i, it);
    }
    let t = Temp(-3.0);
    let debugs: [&dyn Debug; 3] = [&1u8, &String::from("two"), &t];
    for d in debugs.iter() {
        println!("{:?}", d);
    }
    let joined: Vec<String> = items.iter().map(|d| format!("[{}]", d)).collect();
    println!("{}", joined.concat());
}
// expect: 0: 42
// expect: 1: text
// expect: 2: 21.5°C
// expect: 3: c
// expect: 1
// expect: "two"
// expect: Temp(-3.0)
// expect: [42][text][21.5°C][c]
