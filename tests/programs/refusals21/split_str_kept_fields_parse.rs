// A `split(": ")` kept in a variable hands out its pieces one `next` at a time: a record's fields parsed in order, the rest collected.
struct Person {
    name: String,
    age: u32,
}

fn parse_person(line: &str) -> Option<Person> {
    let mut fields = line.split(": ");
    let name = fields.next()?.to_string();
    let age = fields.next()?.parse().ok()?;
    Some(Person { name, age })
}

fn main() {
    for line in ["Ada: 36", "Linus: 21", "broken"] {
        match parse_person(line) {
            Some(p) => println!("{} is {}", p.name, p.age),
            None => println!("could not parse {:?}", line),
        }
    }
    let csv = "id, name, city, zip";
    let mut columns = csv.split(", ");
    let key = columns.next().unwrap();
    let others: Vec<&str> = columns.collect();
    println!("key={} others={:?}", key, others);
}
// expect: Ada is 36
// expect: Linus is 21
// expect: could not parse "broken"
// expect: key=id others=["name", "city", "zip"]
