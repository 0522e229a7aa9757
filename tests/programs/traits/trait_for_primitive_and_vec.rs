// A learner's trait can be implemented for std types: i32, and Vec<String>.
trait Describe {
    fn describe(&self) -> String;
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {}", self)
    }
}

impl Describe for Vec<String> {
    fn describe(&self) -> String {
        format!("{} words", self.len())
    }
}

fn print_it<T: Describe>(item: &T) {
    println!("{}", item.describe());
}

fn main() {
    print_it(&42);
    let words = vec![String::from("a"), String::from("b")];
    print_it(&words);
    println!("{}", 7.describe());
}
// expect: the number 42
// expect: 2 words
// expect: the number 7
