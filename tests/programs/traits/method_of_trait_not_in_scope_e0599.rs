// A method of the program's own trait, called where the trait is not in scope (declared in another module, not imported): E0599.
mod shapes {
    pub trait Area {
        fn area(&self) -> u32;
    }

    pub struct Square(pub u32);

    impl Area for Square {
        fn area(&self) -> u32 {
            self.0 * self.0
        }
    }
}

fn main() {
    let sq = shapes::Square(3);
    println!("{}", sq.area());
}
// error: E0599 at 18:23
