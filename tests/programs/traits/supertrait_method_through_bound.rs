// A bound on a trait brings its supertraits' methods: `T: Loud` can call Named's `name`.
trait Named {
    fn name(&self) -> String;
}

trait Loud: Named {
    fn shout(&self) -> String {
        format!("{}!", self.name().to_uppercase())
    }
}

struct Dog;

impl Named for Dog {
    fn name(&self) -> String {
        String::from("rex")
    }
}

impl Loud for Dog {}

fn introduce<T: Loud>(x: &T) -> String {
    format!("{} says {}", x.name(), x.shout())
}

fn main() {
    println!("{}", introduce(&Dog));
}
// expect: rex says REX!
