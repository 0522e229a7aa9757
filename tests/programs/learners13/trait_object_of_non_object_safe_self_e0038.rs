// A trait whose method returns Self cannot be made into a trait object: E0038.
trait Cloner {
    fn duplicate(&self) -> Self;
}

#[derive(Clone)]
struct S;

impl Cloner for S {
    fn duplicate(&self) -> S {
        S
    }
}

fn main() {
    let items: Vec<Box<dyn Cloner>> = vec![Box::new(S)];
    println!("{}", items.len());
}
// error: E0038 at 16:28
