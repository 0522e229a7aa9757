// Searching with find, position, any, all, find_map and min_by_key on a Vec of structs.
#[derive(Debug)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let class = vec![
        Student { name: "Ann".to_string(), grade: 88 },
        Student { name: "Bob".to_string(), grade: 72 },
        Student { name: "Cy".to_string(), grade: 95 },
        Student { name: "Di".to_string(), grade: 60 },
    ];
    let top = class.iter().find(|s| s.grade > 90);
    println!("first above 90: {:?}", top);
    let pos = class.iter().position(|s| s.name == "Di");
    println!("Di at {:?}", pos);
    println!("any failing? {}", class.iter().any(|s| s.grade < 65));
    println!("all passing? {}", class.iter().all(|s| s.grade >= 60));
    let short_name = class.iter().find_map(|s| if s.name.len() == 2 { Some(s.grade) } else { None });
    println!("first short name's grade: {:?}", short_name);
    let lowest = class.iter().min_by_key(|s| s.grade).unwrap();
    println!("lowest: {:#?}", lowest);
    let names: Vec<&String> = class.iter().map(|s| &s.name).collect();
    println!("{:?}", names);
}
// expect: first above 90: Some(Student { name: "Cy", grade: 95 })
// expect: Di at Some(3)
// expect: any failing? true
// expect: all passing? true
// expect: first short name's grade: Some(95)
// expect: lowest: Student {
// expect:     name: "Di",
// expect:     grade: 60,
// expect: }
// expect: ["Ann", "Bob", "Cy", "Di"]
