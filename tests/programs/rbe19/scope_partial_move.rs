// A partial move: name moved out of a struct by a pattern, age borrowed with `ref`; the rest still usable.
#[derive(Debug)]
struct Person {
    name: String,
    age: Box<u8>,
}

fn main() {
    let person = Person { name: String::from("Alice"), age: Box::new(20) };
    let Person { name, ref age } = person;
    println!("The person's age is {}", age);
    println!("The person's name is {}", name);
    println!("The person's age from person struct is {}", person.age);
}
// expect: The person's age is 20
// expect: The person's name is Alice
// expect: The person's age from person struct is 20
