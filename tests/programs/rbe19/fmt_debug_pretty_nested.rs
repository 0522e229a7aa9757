// Derived Debug and pretty Debug of nested structs with a lifetime, an Option and a Vec.
#[derive(Debug)]
struct Person<'a> {
    name: &'a str,
    age: u8,
    pets: Vec<Pet>,
    nickname: Option<String>,
}

#[derive(Debug)]
enum Pet {
    Dog { name: String },
    Fish,
}

fn main() {
    let name = "Peter";
    let age = 27;
    let peter = Person { name, age, pets: vec![Pet::Dog { name: "Rex".into() }, Pet::Fish], nickname: None };
    println!("{:?}", peter);
    println!("{:#?}", peter);
}
// expect: Person { name: "Peter", age: 27, pets: [Dog { name: "Rex" }, Fish], nickname: None }
// expect: Person {
// expect:     name: "Peter",
// expect:     age: 27,
// expect:     pets: [
// expect:         Dog {
// expect:             name: "Rex",
// expect:         },
// expect:         Fish,
// expect:     ],
// expect:     nickname: None,
// expect: }
