// After a partial move, using the whole struct is E0382.
#[derive(Debug)]
struct Person {
    name: String,
    age: Box<u8>,
}

fn main() {
    let person = Person { name: String::from("Alice"), age: Box::new(20) };
    let Person { name, ref age } = person;
    println!("{} {}", name, age);
    println!("The person struct is {:?}", person);
}
// error: E0382 at 12:43
