// get_mut gives a &mut V into the node: a change made through it is seen by the next lookup.
use std::collections::BTreeMap;

fn main() {
    let mut stock = BTreeMap::new();
    stock.insert("apples", 3);
    stock.insert("pears", 5);
    if let Some(n) = stock.get_mut("apples") {
        *n += 10;
    }
    println!("{:?}", stock.get_mut("plums"));
    println!("{:?}", stock.get("apples"));
}
// expect: None
// expect: Some(13)
