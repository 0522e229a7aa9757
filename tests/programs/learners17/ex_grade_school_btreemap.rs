// Exercism-style: a grade school roster in a BTreeMap<u32, Vec<String>>, grades listed in order, names sorted.
use std::collections::BTreeMap;

#[derive(Default)]
struct School {
    roster: BTreeMap<u32, Vec<String>>,
}

impl School {
    fn new() -> School {
        School::default()
    }

    fn add(&mut self, grade: u32, student: &str) {
        let names = self.roster.entry(grade).or_insert_with(Vec::new);
        names.push(student.to_string());
        names.sort();
    }

    fn grades(&self) -> Vec<u32> {
        self.roster.keys().cloned().collect()
    }

    fn grade(&self, grade: u32) -> Vec<String> {
        self.roster.get(&grade).cloned().unwrap_or_default()
    }
}

fn main() {
    let mut s = School::new();
    s.add(2, "Blair");
    s.add(1, "Anna");
    s.add(2, "Aimee");
    s.add(5, "Zed");
    s.add(1, "Barb");
    println!("{:?}", s.grades());
    println!("{:?}", s.grade(2));
    println!("{:?}", s.grade(3));
    for (g, names) in &s.roster {
        println!("grade {}: {}", g, names.join(", "));
    }
}
// expect: [1, 2, 5]
// expect: ["Aimee", "Blair"]
// expect: []
// expect: grade 1: Anna, Barb
// expect: grade 2: Aimee, Blair
// expect: grade 5: Zed
