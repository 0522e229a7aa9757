// `pub use` re-exports a nested module's function and enum at a shorter path, and `as` renames an import.
mod garden {
    pub mod vegetables {
        #[derive(Debug)]
        pub enum Kind {
            Root,
            Leaf,
        }

        pub fn plant(k: Kind) -> String {
            format!("planted {:?}", k)
        }
    }

    pub use self::vegetables::{plant, Kind};
}

use garden::plant as sow;
use garden::Kind;

fn main() {
    println!("{}", sow(Kind::Root));
    println!("{}", garden::vegetables::plant(garden::vegetables::Kind::Leaf));
}
// expect: planted Root
// expect: planted Leaf
