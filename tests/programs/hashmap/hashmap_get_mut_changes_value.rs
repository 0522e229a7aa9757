// get_mut gives a &mut to a value inside the table, changed in place.
use std::collections::HashMap;

fn main() {
    let mut balances = HashMap::new();
    balances.insert("ann", 100);
    if let Some(b) = balances.get_mut("ann") {
        *b -= 30;
    }
    println!("{:?}", balances.get_mut("bob"));
    println!("{}", balances["ann"]);
}
// expect: None
// expect: 70
