// Rustlings-style: `pub use ... as` re-exports and a `pub const` reached through a module path.
mod delicious_snacks {
    pub use self::fruits::PEAR as fruit;
    pub use self::veggies::CUCUMBER as veggie;

    mod fruits {
        pub const PEAR: &'static str = "Pear";
        pub const APPLE: &'static str = "Apple";
    }

    mod veggies {
        pub const CUCUMBER: &'static str = "Cucumber";
        pub const CARROT: &'static str = "Carrot";
    }
}

mod sausage_factory {
    fn get_secret_recipe() -> String {
        String::from("Ginger")
    }

    pub fn make_sausage() {
        get_secret_recipe();
        println!("sausage!");
    }
}

fn main() {
    println!("favorite snacks: {} and {}", delicious_snacks::fruit, delicious_snacks::veggie);
    sausage_factory::make_sausage();
}
// expect: favorite snacks: Pear and Cucumber
// expect: sausage!
