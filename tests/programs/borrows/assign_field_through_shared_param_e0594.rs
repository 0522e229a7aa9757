// Assigning to a field through a `&Person` parameter is error E0594.
struct Person {
    age: u32,
}

fn birthday(p: &Person) {
    p.age = p.age + 1;
}

fn main() {
    let mut p = Person { age: 9 };
    birthday(&p);
    println!("{}", p.age);
}
// error: E0594 at 7:5
