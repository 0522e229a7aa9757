// #[derive(Clone)] on an Inventory holding a Vec of items that are not Clone: the derived clone needs `Item: Clone`, which rustc reports at the field, naming the element type.
struct Item {
    name: String,
}
#[derive(Clone)]
struct Inventory {
    owner: String,
    items: Vec<Item>,
}
fn main() {
    let inv = Inventory { owner: String::from("ann"), items: vec![Item { name: String::from("cup") }] };
    let copy = inv.clone();
    println!("{} {}", copy.owner, copy.items[0].name);
}
// error: E0277 at 8:5
