// sort_unstable_by_key with a closure, binary_search_by_key and binary_search, printing Ok/Err positions.
#[derive(Debug, Clone, Copy)]
struct Item {
    id: u32,
    price: u32,
}

fn main() {
    let mut items = vec![
        Item { id: 4, price: 30 },
        Item { id: 1, price: 10 },
        Item { id: 9, price: 25 },
        Item { id: 2, price: 5 },
    ];
    items.sort_unstable_by_key(|i| i.id);
    println!("{:?}", items);
    println!("{:?}", items.binary_search_by_key(&9, |i| i.id));
    println!("{:?}", items.binary_search_by_key(&3, |i| i.id));
    let mut prices: Vec<u32> = items.iter().map(|i| i.price).collect();
    prices.sort();
    println!("{:?} {:?} {:?}", prices, prices.binary_search(&25), prices.binary_search(&26));
}
// expect: [Item { id: 1, price: 10 }, Item { id: 2, price: 5 }, Item { id: 4, price: 30 }, Item { id: 9, price: 25 }]
// expect: Ok(3)
// expect: Err(2)
// expect: [5, 10, 25, 30] Ok(2) Err(3)
