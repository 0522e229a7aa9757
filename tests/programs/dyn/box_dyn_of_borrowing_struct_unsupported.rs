// A Box<dyn Trait + 'a> of a struct holding a &str is outside the subset: rustc runs it, stack-heap says it is not supported yet.
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

fn make<'a>(name: &'a str) -> Box<dyn Greet + 'a> {
    Box::new(Named { name })
}

fn main() {
    let owner = String::from("ann");
    let g = make(&owner);
    println!("{}", g.greet());
    let v: Vec<Box<dyn Greet + '_>> = vec![Box::new(Named { name: "bo" }), g];
    for x in &v {
        println!("{}", x.greet());
    }
}
// expect: hi ann
// expect: hi bo
// expect: hi ann
// unsupported: a trait object of `Named`, which holds references
