// An inventory: trait Item with a provided method, a Vec<Box<dyn Item>>, totals by iterator chains.
trait Item {
    fn name(&self) -> String;
    fn price(&self) -> u32;
    fn weight(&self) -> u32;
    fn label(&self) -> String {
        format!("{} ({}g) ${}", self.name(), self.weight(), self.price())
    }
}

struct Sword {
    damage: u32,
}
struct Potion {
    hp: u32,
    count: u32,
}
struct Gem(String);

impl Item for Sword {
    fn name(&self) -> String {
        format!("sword+{}", self.damage)
    }
    fn price(&self) -> u32 {
        self.damage * 10
    }
    fn weight(&self) -> u32 {
        1200
    }
}
impl Item for Potion {
    fn name(&self) -> String {
        format!("{} potions of {}hp", self.count, self.hp)
    }
    fn price(&self) -> u32 {
        self.count * 5
    }
    fn weight(&self) -> u32 {
        self.count * 100
    }
}
impl Item for Gem {
    fn name(&self) -> String {
        format!("{} gem", self.0)
    }
    fn price(&self) -> u32 {
        250
    }
    fn weight(&self) -> u32 {
        5
    }
}

fn main() {
    let mut inventory: Vec<Box<dyn Item>> = Vec::new();
    inventory.push(Box::new(Sword { damage: 7 }));
    inventory.push(Box::new(Potion { hp: 20, count: 3 }));
    inventory.push(Box::new(Gem(String::from("ruby"))));
    for item in inventory.iter() {
        println!("- {}", item.label());
    }
    let total_price: u32 = inventory.iter().map(|i| i.price()).sum();
    let total_weight: u32 = inventory.iter().map(|i| i.weight()).sum();
    println!("total ${} weighing {}g", total_price, total_weight);
    let heavy: Vec<String> = inventory.iter().filter(|i| i.weight() > 100).map(|i| i.name()).collect();
    println!("heavy: {:?}", heavy);
    let dropped = inventory.remove(0);
    println!("dropped {}; {} left", dropped.name(), inventory.len());
}
// expect: - sword+7 (1200g) $70
// expect: - 3 potions of 20hp (300g) $15
// expect: - ruby gem (5g) $250
// expect: total $335 weighing 1505g
// expect: heavy: ["sword+7", "3 potions of 20hp"]
// expect: dropped sword+7; 2 left
