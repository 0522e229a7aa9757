// Copying an integer field out of a struct behind a reference is accepted, and the String field can be cloned.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ada"), age: 36 };
    let p_ref = &p;
    let age = p_ref.age;
    let name = p_ref.name.clone();
    println!("{} {}", name, age);
}
// expect: Ada 36
