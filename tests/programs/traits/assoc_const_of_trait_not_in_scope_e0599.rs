// A trait's associated constant named through the type needs the trait in scope: `m::Unit::ID` without `use m::A` is E0599.
mod m {
    pub trait A {
        const ID: u32;
    }

    pub struct Unit;

    impl A for Unit {
        const ID: u32 = 1;
    }
}

fn main() {
    println!("{}", m::Unit::ID);
}
// error: E0599 at 15:29
