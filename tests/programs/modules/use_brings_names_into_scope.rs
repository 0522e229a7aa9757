// `use` brings a module, a function or a struct into scope, and `as` renames what would clash.
mod garden {
    pub mod vegetables {
        #[derive(Debug)]
        pub struct Asparagus {
            pub stalks: u32,
        }

        pub fn harvest() -> Asparagus {
            Asparagus { stalks: 12 }
        }
    }

    pub fn water() -> &'static str {
        "watered"
    }
}

use garden::vegetables;
use garden::vegetables::Asparagus;
use garden::water as water_garden;

fn water() -> &'static str {
    "drank"
}

fn main() {
    let plant = Asparagus { stalks: 3 };
    let crop = vegetables::harvest();
    println!("{:?} {:?}", plant, crop);
    println!("{} {}", water_garden(), water());
}
// expect: Asparagus { stalks: 3 } Asparagus { stalks: 12 }
// expect: watered drank
