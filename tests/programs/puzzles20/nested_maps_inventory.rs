// Orders tallied in BTreeMap<String, BTreeMap<String, u32>> through two entry().or_default() levels, items retained, sorted by value then name, printed as dollars and cents.
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u64,
}

fn main() {
    let orders = "alice:apple:3:50\nbob:pear:1:75\nalice:pear:2:75\ncarol:apple:10:45\nbob:apple:0:50";
    let mut by_customer: BTreeMap<String, BTreeMap<String, u32>> = BTreeMap::new();
    let mut items: Vec<Item> = Vec::new();
    for line in orders.lines() {
        let f: Vec<&str> = line.split(':').collect();
        let qty: u32 = f[2].parse().unwrap();
        *by_customer.entry(f[0].to_string()).or_default().entry(f[1].to_string()).or_insert(0) += qty;
        items.push(Item { name: f[1].to_string(), qty, price_cents: f[3].parse().unwrap() });
    }
    println!("{:?}", by_customer);
    items.retain(|i| i.qty > 0);
    items.sort_by(|a, b| (b.qty as u64 * b.price_cents).cmp(&(a.qty as u64 * a.price_cents)).then(a.name.cmp(&b.name)));
    for i in &items {
        println!("{:>6} x{:<3} ${}.{:02}", i.name, i.qty, i.qty as u64 * i.price_cents / 100, i.qty as u64 * i.price_cents % 100);
    }
    let total: u64 = items.iter().map(|i| i.qty as u64 * i.price_cents).sum();
    let apples = by_customer.values().filter_map(|m| m.get("apple")).sum::<u32>();
    println!("total {} apples {}", total, apples);
    if let Some(m) = by_customer.get_mut("bob") {
        m.remove("apple");
    }
    println!("{:?}", by_customer.get("bob"));
}
// expect: {"alice": {"apple": 3, "pear": 2}, "bob": {"apple": 0, "pear": 1}, "carol": {"apple": 10}}
// expect:  apple x10  $4.50
// expect:  apple x3   $1.50
// expect:   pear x2   $1.50
// expect:   pear x1   $0.75
// expect: total 825 apples 13
// expect: Some({"pear": 1})
