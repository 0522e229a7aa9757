// Rustlings-style: `impl FromStr for Person` with a ParsePersonError enum, one variant wrapping ParseIntError.
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Person {
    name: String,
    age: usize,
}

#[derive(Debug, PartialEq)]
enum ParsePersonError {
    Empty,
    BadLen,
    NoName,
    ParseInt(ParseIntError),
}

impl FromStr for Person {
    type Err = ParsePersonError;
    fn from_str(s: &str) -> Result<Person, Self::Err> {
        if s.is_empty() {
            return Err(ParsePersonError::Empty);
        }
        let split: Vec<&str> = s.split(',').collect();
        if split.len() != 2 {
            return Err(ParsePersonError::BadLen);
        }
        let name = split[0].to_string();
        if name.is_empty() {
            return Err(ParsePersonError::NoName);
        }
        let age = split[1].parse::<usize>().map_err(ParsePersonError::ParseInt)?;
        Ok(Person { name, age })
    }
}

fn main() {
    println!("{:?}", "John,32".parse::<Person>());
    println!("{:?}", "".parse::<Person>());
    println!("{:?}", "John".parse::<Person>());
    println!("{:?}", ",1".parse::<Person>());
    println!("{:?}", "John,".parse::<Person>());
    println!("{:?}", "John,twenty".parse::<Person>());
    let p: Person = "Ann,7".parse().unwrap();
    println!("{} is {}", p.name, p.age);
}
// expect: Ok(Person { name: "John", age: 32 })
// expect: Err(Empty)
// expect: Err(BadLen)
// expect: Err(NoName)
// expect: Err(ParseInt(ParseIntError { kind: Empty }))
// expect: Err(ParseInt(ParseIntError { kind: InvalidDigit }))
// expect: Ann is 7
