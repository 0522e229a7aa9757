// Moving a String field out of a struct behind a reference is error E0507.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ada"), age: 36 };
    let p_ref = &p;
    let n = p_ref.name;
    println!("{} {}", n, p.age);
}
// error: E0507 at 10:13
