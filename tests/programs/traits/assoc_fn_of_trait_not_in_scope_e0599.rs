// A trait's method named through the type's path (`Square::area(&sq)`) needs the trait in scope too: E0599 without it.
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
    println!("{}", shapes::Square::area(&sq));
}
// error: E0599 at 18:36
