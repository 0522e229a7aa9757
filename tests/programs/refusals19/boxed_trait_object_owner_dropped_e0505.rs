// Dropping the String a boxed trait object's struct borrows while the Box is still used: E0505 at the move.
trait Greet {
    fn greet(&self) -> String;
}

struct Named<'a> {
    name: &'a str,
}

impl<'a> Greet for Named<'a> {
    fn greet(&self) -> String {
        format!("hi {}", self.name)
    }
}

fn main() {
    let owner = String::from("ann");
    let g: Box<dyn Greet> = Box::new(Named { name: &owner });
    drop(owner);
    println!("{}", g.greet());
}
// error: E0505 at 19:10
