// One `use` with nested groups and `self` imports several names at once.
mod shop {
    pub mod prices {
        pub const BREAD: u32 = 3;
        pub const MILK: u32 = 2;

        pub fn total(items: &[u32]) -> u32 {
            let mut sum = 0;
            for p in items {
                sum += p;
            }
            sum
        }
    }

    pub mod stock {
        pub fn count() -> usize {
            5
        }
    }
}

use shop::{prices::{self, BREAD, MILK}, stock::count};

fn main() {
    println!("{}", prices::total(&[BREAD, MILK, BREAD]));
    println!("{} left", count());
}
// expect: 8
// expect: 5 left
