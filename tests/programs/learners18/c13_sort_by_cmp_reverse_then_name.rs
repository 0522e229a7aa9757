// Sorting people by age descending then name, with sort_by and then_with, and sort_unstable_by_key with Reverse.
use std::cmp::Reverse;

#[derive(Debug, Clone)]
struct Person {
    name: String,
    age: u8,
}

fn main() {
    let mut people = vec![
        Person { name: "Zoe".to_string(), age: 30 },
        Person { name: "Adam".to_string(), age: 25 },
        Person { name: "Bea".to_string(), age: 30 },
        Person { name: "Carl".to_string(), age: 19 },
    ];
    people.sort_by(|a, b| b.age.cmp(&a.age).then_with(|| a.name.cmp(&b.name)));
    for p in &people {
        println!("{} {}", p.name, p.age);
    }
    let mut ages: Vec<u8> = people.iter().map(|p| p.age).collect();
    ages.sort_unstable_by_key(|&a| Reverse(a));
    ages.dedup();
    println!("{:?}", ages);
    let oldest = people.iter().max_by_key(|p| p.age).unwrap();
    println!("max_by_key gives {}", oldest.name);
}
// expect: Bea 30
// expect: Zoe 30
// expect: Adam 25
// expect: Carl 19
// expect: [30, 25, 19]
// expect: max_by_key gives Zoe
