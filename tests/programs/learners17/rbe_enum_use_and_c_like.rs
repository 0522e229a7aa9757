// Rust-by-Example-style: `use` of an enum's variants, C-like enums with explicit discriminants cast to integers.
enum Stage {
    Beginner,
    Advanced,
}

enum Role {
    Student,
    Teacher,
}

enum Number {
    Zero,
    One,
    Two,
}

enum Color {
    Red = 0xff0000,
    Green = 0x00ff00,
    Blue = 0x0000ff,
}

fn main() {
    use crate::Role::*;
    use crate::Stage::{Advanced, Beginner};
    let stage = Beginner;
    let role = Student;
    match stage {
        Beginner => println!("Beginners are starting their learning journey!"),
        Advanced => println!("Advanced learners are mastering their subjects..."),
    }
    match role {
        Student => println!("Students are acquiring knowledge!"),
        Teacher => println!("Teachers are spreading knowledge!"),
    }
    println!("zero is {}", Number::Zero as i32);
    println!("one is {}", Number::One as i32);
    println!("two is {}", Number::Two as i32);
    println!("roses are #{:06x}", Color::Red as i32);
    println!("violets are #{:06x}", Color::Blue as i32);
    println!("grass is #{:06x}", Color::Green as u32);
}
// expect: Beginners are starting their learning journey!
// expect: Students are acquiring knowledge!
// expect: zero is 0
// expect: one is 1
// expect: two is 2
// expect: roses are #ff0000
// expect: violets are #0000ff
// expect: grass is #00ff00
