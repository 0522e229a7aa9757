// Rustlings-style: a fruit basket HashMap filled with entry().or_insert and summed.
use std::collections::HashMap;

#[derive(Hash, PartialEq, Eq, Debug, Clone, Copy, PartialOrd, Ord)]
enum Fruit {
    Apple,
    Banana,
    Mango,
    Lychee,
    Pineapple,
}

fn fruit_basket(basket: &mut HashMap<Fruit, u32>) {
    let fruit_kinds = vec![Fruit::Apple, Fruit::Banana, Fruit::Mango, Fruit::Lychee, Fruit::Pineapple];
    for fruit in fruit_kinds {
        basket.entry(fruit).or_insert(1);
    }
}

fn main() {
    let mut basket = HashMap::new();
    basket.insert(Fruit::Apple, 4);
    basket.insert(Fruit::Mango, 2);
    basket.insert(Fruit::Lychee, 5);
    fruit_basket(&mut basket);
    let total: u32 = basket.values().sum();
    println!("kinds {} total {}", basket.len(), total);
    let mut entries: Vec<_> = basket.iter().collect();
    entries.sort();
    for (fruit, count) in entries {
        println!("{:?}: {}", fruit, count);
    }
}
// expect: kinds 5 total 13
// expect: Apple: 4
// expect: Banana: 1
// expect: Mango: 2
// expect: Lychee: 5
// expect: Pineapple: 1
