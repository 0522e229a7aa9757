// The same method called once the trait is imported with `use`, by an `as _` import, by a glob, and by the trait's path without any import.
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

mod by_name {
    use crate::shapes::Area;
    pub fn show(s: &crate::shapes::Square) -> u32 {
        s.area()
    }
}

mod by_underscore {
    use crate::shapes::Area as _;
    pub fn show(s: &crate::shapes::Square) -> u32 {
        s.area() + 1
    }
}

mod by_glob {
    pub fn show(s: &crate::shapes::Square) -> u32 {
        use crate::shapes::*;
        s.area() + 2
    }
}

fn main() {
    let sq = shapes::Square(3);
    println!("{} {} {}", by_name::show(&sq), by_underscore::show(&sq), by_glob::show(&sq));
    println!("{}", shapes::Area::area(&sq));
    println!("{}", <shapes::Square as shapes::Area>::area(&sq));
}
// expect: 9 10 11
// expect: 9
// expect: 9
