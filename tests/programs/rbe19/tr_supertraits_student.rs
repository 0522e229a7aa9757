// Supertraits: CompSciStudent requires Programmer and Student (which requires Person); a function over &dyn CompSciStudent.
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

struct Ada;

impl Person for Ada {
    fn name(&self) -> String {
        "Ada".to_string()
    }
}

impl Student for Ada {
    fn university(&self) -> String {
        "Cambridge".to_string()
    }
}

impl Programmer for Ada {
    fn fav_language(&self) -> String {
        "Rust".to_string()
    }
}

impl CompSciStudent for Ada {
    fn git_username(&self) -> String {
        "ada".to_string()
    }
}

fn main() {
    println!("{}", comp_sci_student_greeting(&Ada));
}
// expect: My name is Ada and I attend Cambridge. My favorite language is Rust. My Git username is ada
