// Boxed trait objects with Drop impls drop in Vec order when the Vec goes.
trait Speak {
    fn speak(&self) -> String;
}

struct Cat(u8);
struct Cow(u8);

impl Speak for Cat {
    fn speak(&self) -> String {
        format!("meow {}", self.0)
    }
}
impl Speak for Cow {
    fn speak(&self) -> String {
        format!("moo {}", self.0)
    }
}
impl Drop for Cat {
    fn drop(&mut self) {
        println!("cat {} gone", self.0);
    }
}
impl Drop for Cow {
    fn drop(&mut self) {
        println!("cow {} gone", self.0);
    }
}

fn main() {
    let mut v: Vec<Box<dyn Speak>> = Vec::new();
    v.push(Box::new(Cat(1)));
    v.push(Box::new(Cow(2)));
    v.push(Box::new(Cat(3)));
    for s in v.iter() {
        println!("{}", s.speak());
    }
    let removed = v.remove(1);
    println!("removed {}", removed.speak());
    println!("end");
}
// expect: meow 1
// expect: moo 2
// expect: meow 3
// expect: removed moo 2
// expect: end
// expect: cow 2 gone
// expect: cat 1 gone
// expect: cat 3 gone
