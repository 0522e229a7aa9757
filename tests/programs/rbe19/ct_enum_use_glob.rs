// `use` of an enum's variants, by name and by glob, so match arms drop the enum's prefix.
#![allow(dead_code)]
enum Stage {
    Beginner,
    Advanced,
}

enum Role {
    Student,
    Teacher,
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
}
// expect: Beginners are starting their learning journey!
// expect: Students are acquiring knowledge!
