// Two impls of one trait for one type conflict: E0119.
trait Describe {
    fn describe(&self) -> String;
}

struct Cat;

impl Describe for Cat {
    fn describe(&self) -> String {
        "cat".into()
    }
}

impl Describe for Cat {
    fn describe(&self) -> String {
        "another cat".into()
    }
}

fn main() {
    println!("{}", Cat.describe());
}
// error: E0119 at 14:1
