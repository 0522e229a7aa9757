// Rust-by-Example-style: a supertrait chain (CompSciStudent: Programmer + Student: Person) and `<Form as Trait>::get` disambiguation.
trait Person {
    fn name(&self) -> String;
}

trait Student: Person {
    fn university(&self) -> String;
}

trait Programmer {
    fn fav_language(&self) -> String;
}

trait CompSciStudent: Programmer + Student {
    fn git_username(&self) -> String;
}

fn comp_sci_student_greeting(student: &dyn CompSciStudent) -> String {
    format!(
        "My name is {} and I attend {}. My favorite language is {}. My Git username is {}",
        student.name(),
        student.university(),
        student.fav_language(),
        student.git_username()
    )
}

struct Ann;

impl Person for Ann {
    fn name(&self) -> String {
        "Ann".to_string()
    }
}
impl Student for Ann {
    fn university(&self) -> String {
        "MIT".to_string()
    }
}
impl Programmer for Ann {
    fn fav_language(&self) -> String {
        "Rust".to_string()
    }
}
impl CompSciStudent for Ann {
    fn git_username(&self) -> String {
        "ann42".to_string()
    }
}

trait UsernameWidget {
    fn get(&self) -> String;
}

trait AgeWidget {
    fn get(&self) -> u8;
}

struct Form {
    username: String,
    age: u8,
}

impl UsernameWidget for Form {
    fn get(&self) -> String {
        self.username.clone()
    }
}

impl AgeWidget for Form {
    fn get(&self) -> u8 {
        self.age
    }
}

fn main() {
    println!("{}", comp_sci_student_greeting(&Ann));
    let form = Form { username: "rustacean".to_owned(), age: 28 };
    let username = <Form as UsernameWidget>::get(&form);
    let age = <Form as AgeWidget>::get(&form);
    println!("{} {}", username, age);
}
// expect: My name is Ann and I attend MIT. My favorite language is Rust. My Git username is ann42
// expect: rustacean 28
