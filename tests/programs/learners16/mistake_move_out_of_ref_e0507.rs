// Moving a String field out of a &Struct: E0507 cannot move out of `p.name` which is behind a shared reference.
struct Person {
    name: String,
    age: u32,
}

fn take_name(p: &Person) -> String {
    p.name
}

fn main() {
    let p = Person { name: String::from("Ann"), age: 3 };
    println!("{} {}", take_name(&p), p.age);
}
// error: E0507 at 8:5
