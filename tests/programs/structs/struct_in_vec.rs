// A Vec of structs: iterate by reference and call a method on each.
struct Item {
    name: String,
    price: u32,
}

impl Item {
    fn label(&self) -> String {
        format!("{}: {}", self.name, self.price)
    }
}

fn main() {
    let items = vec![
        Item { name: String::from("pen"), price: 2 },
        Item { name: String::from("book"), price: 15 },
    ];
    let mut total = 0;
    for item in &items {
        println!("{}", item.label());
        total += item.price;
    }
    println!("total {}", total);
}
// expect: pen: 2
// expect: book: 15
// expect: total 17
