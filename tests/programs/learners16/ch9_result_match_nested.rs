// Nested match on Result and Option: parsing "name:age" lines into a struct or a reason.
#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
}

fn parse(line: &str) -> Result<Person, String> {
    let mut parts = line.split(':');
    let name = match parts.next() {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => return Err(String::from("missing name")),
    };
    let age = match parts.next() {
        Some(a) => match a.parse::<u8>() {
            Ok(v) => v,
            Err(e) => return Err(format!("bad age: {}", e)),
        },
        None => return Err(String::from("missing age")),
    };
    Ok(Person { name, age })
}

fn main() {
    for l in ["ann:31", ":4", "bo", "cy:999"] {
        println!("{:?}", parse(l));
    }
}
// expect: Ok(Person { name: "ann", age: 31 })
// expect: Err("missing name")
// expect: Err("missing age")
// expect: Err("bad age: number too large to fit in target type")
