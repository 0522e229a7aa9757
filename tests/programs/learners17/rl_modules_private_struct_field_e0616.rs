// Rustlings-style: reading a private field of a module's pub struct from outside is E0616.
mod shop {
    pub struct Item {
        pub name: String,
        price: u32,
    }

    impl Item {
        pub fn new(name: &str, price: u32) -> Item {
            Item { name: name.to_string(), price }
        }
    }
}

fn main() {
    let item = shop::Item::new("apple", 3);
    println!("{} costs {}", item.name, item.price);
}
// error: E0616 at 17:45
