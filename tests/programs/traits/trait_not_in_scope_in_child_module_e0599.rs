// A module does not see its parent's imports: the trait imported at the crate root is not in scope inside `report`.
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

use shapes::Area;

mod report {
    pub fn show(s: &crate::shapes::Square) {
        println!("area {}", s.area());
    }
}

fn main() {
    let sq = shapes::Square(3);
    println!("{}", sq.area());
    report::show(&sq);
}
// error: E0599 at 20:31
