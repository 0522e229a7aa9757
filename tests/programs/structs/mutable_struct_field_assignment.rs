// A `let mut` struct lets you assign to its fields; the old String field value is freed.
struct User {
    name: String,
    age: u32,
}

fn main() {
    let mut user = User { name: String::from("Ann"), age: 30 };
    user.age += 1;
    user.name = String::from("Annabel");
    println!("{} is {}", user.name, user.age);
}
// expect: Annabel is 31
