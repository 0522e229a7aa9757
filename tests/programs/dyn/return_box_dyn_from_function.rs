// A function returning `Box<dyn Trait>` picks the concrete type at run time; each branch's Box is coerced at the return.
trait Animal {
    fn sound(&self) -> String;
}

struct Cow;
struct Sheep {
    wool: u64,
}

impl Animal for Cow {
    fn sound(&self) -> String {
        String::from("moo")
    }
}

impl Animal for Sheep {
    fn sound(&self) -> String {
        format!("baa ({} kg of wool)", self.wool)
    }
}

fn make(kind: u8) -> Box<dyn Animal> {
    if kind == 0 {
        Box::new(Cow)
    } else {
        Box::new(Sheep { wool: 3 })
    }
}

fn main() {
    let a = make(0);
    let b = make(1);
    println!("{}", a.sound());
    println!("{}", b.sound());
}
// expect: moo
// expect: baa (3 kg of wool)
