// Nested modules: a `pub` function reaches into a sibling module through `super::`, and main through the full path.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str) -> usize {
            println!("added {}", name);
            super::serving::table_for(name.len())
        }
    }

    mod serving {
        pub fn table_for(party: usize) -> usize {
            party % 4 + 1
        }
    }
}

fn main() {
    let table = front_of_house::hosting::add_to_waitlist("Ferris");
    println!("table {}", table);
    let again = crate::front_of_house::hosting::add_to_waitlist("Al");
    println!("table {}", again);
}
// expect: added Ferris
// expect: table 3
// expect: added Al
// expect: table 3
