// Sorting structs by a float field with partial_cmp, and by a string key with sort_by_key and cloned keys.
#[derive(Debug, Clone)]
struct Item {
    name: String,
    price: f64,
}

fn main() {
    let mut items = vec![
        Item { name: "pen".to_string(), price: 1.5 },
        Item { name: "book".to_string(), price: 12.0 },
        Item { name: "cup".to_string(), price: 4.25 },
    ];
    items.sort_by(|a, b| a.price.partial_cmp(&b.price).unwrap());
    for i in &items {
        println!("{} {:.2}", i.name, i.price);
    }
    items.sort_by_key(|i| i.name.clone());
    println!("{:?}", items.iter().map(|i| i.name.as_str()).collect::<Vec<_>>());
    let total: f64 = items.iter().map(|i| i.price).sum();
    println!("{}", total);
}
// expect: pen 1.50
// expect: cup 4.25
// expect: book 12.00
// expect: ["book", "cup", "pen"]
// expect: 17.75
