// A hand-written PartialOrd comparing by one field, used by < and > on the type itself.
use std::cmp::Ordering;

#[derive(Debug, PartialEq)]
struct Student {
    name: &'static str,
    grade: u8,
}

impl PartialOrd for Student {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        self.grade.partial_cmp(&other.grade)
    }
}

fn main() {
    let a = Student { name: "ann", grade: 90 };
    let b = Student { name: "bob", grade: 75 };
    println!("{} {}", a > b, a < b);
    println!("{:?}", a.partial_cmp(&b));
    let better = if a >= b { &a } else { &b };
    println!("better: {:?}", better);
}
// expect: true false
// expect: Some(Greater)
// expect: better: Student { name: "ann", grade: 90 }
