// `<Unit as A>::ID` and `<Unit as B>::ID` say which trait's constant; an inherent `ID` beside a trait's is found first by `Unit::ID`.
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

impl Unit {
    const ID: u32 = 7;
}

fn main() {
    println!("{} {} {}", <Unit as A>::ID, <Unit as B>::ID, Unit::ID);
}
// expect: 1 2 7
