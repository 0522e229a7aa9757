// A Vec<Box<dyn Greet + '_>> of structs holding a &str into a local String: the objects hold its borrow and run.
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
    let greeters: Vec<Box<dyn Greet + '_>> = vec![Box::new(Named { name: &owner }), Box::new(Named { name: "bo" })];
    for g in &greeters {
        println!("{}", g.greet());
    }
}
// expect: hi ann
// expect: hi bo
