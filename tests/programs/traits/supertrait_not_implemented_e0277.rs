// Implementing a trait needs its supertraits implemented too: E0277.
trait Named {
    fn name(&self) -> String;
}

trait Loud: Named {
    fn shout(&self) -> String;
}

struct Cat;

impl Loud for Cat {
    fn shout(&self) -> String {
        String::from("MEOW")
    }
}

fn main() {
    println!("{}", Cat.shout());
}
// error: E0277 at 12:15
