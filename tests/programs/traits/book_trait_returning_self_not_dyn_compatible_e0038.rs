// A trait whose method returns Self cannot be made a trait object: Box<dyn Cloner> is E0038.
pub trait Cloner {
    fn clone_me(&self) -> Self;
}

struct A;

impl Cloner for A {
    fn clone_me(&self) -> Self {
        A
    }
}

fn main() {
    let v: Vec<Box<dyn Cloner>> = vec![Box::new(A)];
    println!("{}", v.len());
}
// error: E0038 at 15:24
