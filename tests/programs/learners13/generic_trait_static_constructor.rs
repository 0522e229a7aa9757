// A trait with an associated constructor (fn new() -> Self) called through a generic T::new() and T::NAME.
trait Animal {
    const NAME: &'static str;
    fn new(name: &str) -> Self;
    fn speak(&self) -> String;
}

struct Sheep {
    name: String,
}
struct Cow {
    name: String,
}

impl Animal for Sheep {
    const NAME: &'static str = "sheep";
    fn new(name: &str) -> Self {
        Sheep { name: name.to_string() }
    }
    fn speak(&self) -> String {
        format!("{} says baaah", self.name)
    }
}

impl Animal for Cow {
    const NAME: &'static str = "cow";
    fn new(name: &str) -> Self {
        Cow { name: name.to_string() }
    }
    fn speak(&self) -> String {
        format!("{} says moo", self.name)
    }
}

fn make_and_speak<A: Animal>(name: &str) -> A {
    let a = A::new(name);
    println!("a {} was born: {}", A::NAME, a.speak());
    a
}

fn main() {
    let dolly: Sheep = make_and_speak("Dolly");
    let bessie = make_and_speak::<Cow>("Bessie");
    println!("{} / {}", dolly.speak(), bessie.speak());
}
// expect: a sheep was born: Dolly says baaah
// expect: a cow was born: Bessie says moo
// expect: Dolly says baaah / Bessie says moo
