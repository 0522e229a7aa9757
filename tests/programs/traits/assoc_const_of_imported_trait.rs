// With the trait imported, another module's `m::Unit::ID` is the trait impl's constant, public as its trait is.
mod m {
    pub trait A {
        const ID: u32;
    }

    pub struct Unit;

    impl A for Unit {
        const ID: u32 = 1;
    }
}

use m::A;

fn main() {
    println!("{}", m::Unit::ID);
}
// expect: 1
