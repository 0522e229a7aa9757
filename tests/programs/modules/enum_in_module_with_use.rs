// An enum declared in a module is public with all its variants; `use` of the enum and of its variants both work.
mod traffic {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Light {
        Red,
        Yellow,
        Green,
    }

    impl Light {
        pub fn next(self) -> Light {
            match self {
                Light::Red => Light::Green,
                Light::Green => Light::Yellow,
                Light::Yellow => Light::Red,
            }
        }
    }
}

use traffic::Light;
use traffic::Light::{Green, Red};

fn main() {
    let mut l = Red;
    for _ in 0..4 {
        print!("{:?} ", l);
        l = l.next();
    }
    println!();
    println!("{}", l == Green);
    println!("{}", std::mem::size_of::<Light>());
}
// expect: Red Green Yellow Red 
// expect: true
// expect: 1
