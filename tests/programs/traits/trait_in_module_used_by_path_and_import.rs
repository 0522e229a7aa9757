// A trait declared in a module is reached through its path or an import, like any item; std's Display through `use std::fmt`.
use std::fmt;

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

fn total<T: shapes::Area>(items: &[T]) -> u32 {
    let mut sum = 0;
    for item in items {
        sum += item.area();
    }
    sum
}

fn label<T: fmt::Display>(t: T) -> String {
    format!("<{}>", t)
}

fn main() {
    let squares = vec![shapes::Square(2), shapes::Square(3)];
    println!("{} {}", total(&squares), squares[0].area());
    println!("{}", label(total(&squares)));
}
// expect: 13 4
// expect: <13>
