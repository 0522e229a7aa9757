// Box<dyn Trait> values whose concrete types implement Drop, dropped as the Vec goes out of scope.
trait Speak {
    fn speak(&self) -> String;
}

struct Dog;
struct Cat(String);

impl Speak for Dog {
    fn speak(&self) -> String {
        String::from("woof")
    }
}
impl Speak for Cat {
    fn speak(&self) -> String {
        format!("{} says meow", self.0)
    }
}
impl Drop for Dog {
    fn drop(&mut self) {
        println!("dog gone");
    }
}
impl Drop for Cat {
    fn drop(&mut self) {
        println!("cat {} gone", self.0);
    }
}

fn main() {
    {
        let pets: Vec<Box<dyn Speak>> = vec![Box::new(Dog), Box::new(Cat(String::from("Tom")))];
        for p in &pets {
            println!("{}", p.speak());
        }
    }
    println!("after");
}
// expect: woof
// expect: Tom says meow
// expect: dog gone
// expect: cat Tom gone
// expect: after
