// An impl whose method takes &mut self where the trait says &self is E0053.
trait Speak {
    fn speak(&self) -> String;
}

struct Cat;

impl Speak for Cat {
    fn speak(&mut self) -> String {
        "meow".into()
    }
}

fn main() {
    let mut c = Cat;
    println!("{}", c.speak());
}
// error: E0053 at 9:14
