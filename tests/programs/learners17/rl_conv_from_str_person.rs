// Rustlings-style: `impl From<&str> for Person` parsing "name,age" with a Default fallback, used via From and into().
#[derive(Debug)]
struct Person {
    name: String,
    age: usize,
}

impl Default for Person {
    fn default() -> Person {
        Person { name: String::from("John"), age: 30 }
    }
}

impl From<&str> for Person {
    fn from(s: &str) -> Person {
        let mut parts = s.split(',');
        let name = match parts.next() {
            Some(n) if !n.is_empty() => n.to_string(),
            _ => return Person::default(),
        };
        let age = match parts.next().map(|a| a.parse::<usize>()) {
            Some(Ok(age)) => age,
            _ => return Person::default(),
        };
        if parts.next().is_some() {
            return Person::default();
        }
        Person { name, age }
    }
}

fn main() {
    let p1 = Person::from("Mark,20");
    let p2: Person = "Gerald,70".into();
    let p3 = Person::from("");
    let p4 = Person::from("Mike,32,dog");
    let p5 = Person::from("Mark,twenty");
    println!("{:?}", p1);
    println!("{:?}", p2);
    println!("{:?} {:?} {:?}", p3, p4, p5);
}
// expect: Person { name: "Mark", age: 20 }
// expect: Person { name: "Gerald", age: 70 }
// expect: Person { name: "John", age: 30 } Person { name: "John", age: 30 } Person { name: "John", age: 30 }
