// A method returning `impl Iterator<Item = &Item> + '_`: the filter over its own Vec, looped over by the caller.
struct Item {
    name: String,
    qty: u32,
}

struct Inventory {
    items: Vec<Item>,
}

impl Inventory {
    fn in_stock(&self) -> impl Iterator<Item = &Item> + '_ {
        self.items.iter().filter(|i| i.qty > 0)
    }
}

fn main() {
    let inv = Inventory {
        items: vec![
            Item { name: String::from("bolt"), qty: 0 },
            Item { name: String::from("nut"), qty: 12 },
            Item { name: String::from("gear"), qty: 3 },
        ],
    };
    for item in inv.in_stock() {
        println!("{} x{}", item.name, item.qty);
    }
    println!("{}", inv.in_stock().count());
}
// expect: nut x12
// expect: gear x3
// expect: 2
