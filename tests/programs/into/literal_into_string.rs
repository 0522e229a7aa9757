// `"Ann".into()` where the context wants a String (a struct field, a let's type, a Vec<String>'s push, a parameter) is std's From<&str>: the same one allocation as String::from.
#[derive(Debug)]
struct Person { name: String, age: u8 }
fn greet(name: String) -> String { format!("hi {}", name) }
fn main() {
    let p = Person { name: "Ann".into(), age: 30 };
    let s: String = "plain".into();
    let mut v: Vec<String> = Vec::new();
    v.push("pushed".into());
    println!("{:?} {} {:?} {}", p, s, v, greet("arg".into()));
}
// expect: Person { name: "Ann", age: 30 } plain ["pushed"] hi arg
