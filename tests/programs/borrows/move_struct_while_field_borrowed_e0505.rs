// Moving a struct while a reference to its field is still used is error E0505.
struct User {
    name: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("Ann"), age: 30 };
    let name = &u.name;
    let moved = u;
    println!("{} {}", name, moved.age);
}
// error: E0505 at 10:17
