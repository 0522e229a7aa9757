// The same ambiguity in a match pattern: `Unit::ID =>` is E0034 at the constant's name.
trait A {
    const ID: u32;
}

trait B {
    const ID: u32;
}

struct Unit;

impl A for Unit {
    const ID: u32 = 1;
}

impl B for Unit {
    const ID: u32 = 2;
}

fn main() {
    match 1 {
        Unit::ID => println!("one"),
        _ => println!("other"),
    }
}
// error: E0034 at 22:15
