// A struct literal that leaves out a field is E0063.
struct Person {
    name: String,
    age: u8,
}

fn main() {
    let p = Person { name: String::from("Peter") };
    println!("{}", p.name);
}
// error: E0063 at 8:13
