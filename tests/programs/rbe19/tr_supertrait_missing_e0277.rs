// Implementing Student without its supertrait Person is E0277.
trait Person {
    fn name(&self) -> String;
}

trait Student: Person {
    fn university(&self) -> String;
}

struct Ada;

impl Student for Ada {
    fn university(&self) -> String {
        "Cambridge".to_string()
    }
}

fn main() {
    println!("{}", Ada.university());
}
// error: E0277 at 12:18
