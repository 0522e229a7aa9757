// An inventory of derived-Debug structs counted by category with a HashMap and sorted for printing.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
enum Category {
    Tool,
    Food,
    Book,
}

#[derive(Debug, Clone)]
struct Entry {
    name: String,
    category: Category,
    qty: u32,
}

fn entry(name: &str, category: Category, qty: u32) -> Entry {
    Entry { name: name.to_string(), category, qty }
}

fn main() {
    let stock = vec![
        entry("hammer", Category::Tool, 2),
        entry("apple", Category::Food, 12),
        entry("rust book", Category::Book, 1),
        entry("saw", Category::Tool, 1),
        entry("bread", Category::Food, 3),
    ];
    println!("{:#?}", stock[0]);
    let mut per_cat: HashMap<String, u32> = HashMap::new();
    for e in &stock {
        *per_cat.entry(format!("{:?}", e.category)).or_insert(0) += e.qty;
    }
    let mut keys: Vec<_> = per_cat.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let food: Vec<&str> = stock
        .iter()
        .filter(|e| e.category == Category::Food)
        .map(|e| e.name.as_str())
        .collect();
    println!("food: {:?}", food);
    let most = stock.iter().max_by_key(|e| e.qty).unwrap();
    println!("most stocked: {} x{}", most.name, most.qty);
}
// expect: Entry {
// expect:     name: "hammer",
// expect:     category: Tool,
// expect:     qty: 2,
// expect: }
// expect: [("Book", 1), ("Food", 15), ("Tool", 3)]
// expect: food: ["apple", "bread"]
// expect: most stocked: apple x12
