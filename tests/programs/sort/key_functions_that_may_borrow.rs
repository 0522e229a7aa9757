// Keys that may hold references: through an `iter()` item (`&Student`, its own lifetime), a copied `&str` field, or an owned clone.
#[derive(Debug)]
struct Student {
    name: String,
    age: u32,
}
fn main() {
    let mut v = vec![Student { name: String::from("bo"), age: 2 }, Student { name: String::from("al"), age: 1 }];
    let first = v.iter().min_by_key(|s| &s.name).unwrap();
    println!("{}", first.name);
    v.sort_by_key(|s| s.name.clone());
    v.sort_by_key(|s| (s.age, s.name.len()));
    println!("{:?}", v);
    let mut pairs = vec![("x", 2), ("a", 1)];
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs);
}
// expect: al
// expect: [Student { name: "al", age: 1 }, Student { name: "bo", age: 2 }]
// expect: [("a", 1), ("x", 2)]
