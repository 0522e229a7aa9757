// `rc.clone()` on an Rc of a struct that derives Clone clones the Rc (the count goes up), not the struct inside.
use std::rc::Rc;
#[derive(Clone, Debug)]
struct Config {
    name: String,
}
fn main() {
    let a = Rc::new(Config { name: String::from("prod") });
    let b = a.clone();
    println!("{} {:?}", Rc::strong_count(&a), b);
}
// expect: 2 Config { name: "prod" }
