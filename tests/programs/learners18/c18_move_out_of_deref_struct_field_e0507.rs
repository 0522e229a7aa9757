// Destructuring *r by value names the moved field as rustc does: `r.name` behind a shared reference, E0507.
struct User {
    name: String,
    age: u32,
}

fn name_of(r: &User) -> String {
    let User { name, age: _ } = *r;
    name
}

fn main() {
    let u = User { name: "ann".to_string(), age: 3 };
    println!("{} {}", name_of(&u), u.age);
}
// error: E0507 at 8:33
