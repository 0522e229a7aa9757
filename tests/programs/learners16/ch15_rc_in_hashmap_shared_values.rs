// Rc<String> values shared between a Vec and a BTreeMap, counted after each owner drops.
use std::collections::BTreeMap;
use std::rc::Rc;

fn main() {
    let names: Vec<Rc<String>> = vec![Rc::new(String::from("ann")), Rc::new(String::from("bo"))];
    let mut by_len: BTreeMap<usize, Vec<Rc<String>>> = BTreeMap::new();
    for n in &names {
        by_len.entry(n.len()).or_default().push(Rc::clone(n));
    }
    println!("{}", Rc::strong_count(&names[0]));
    for (len, list) in &by_len {
        let shown: Vec<&str> = list.iter().map(|s| s.as_str()).collect();
        println!("{} {:?}", len, shown);
    }
    drop(by_len);
    println!("{}", Rc::strong_count(&names[0]));
}
// expect: 2
// expect: 2 ["bo"]
// expect: 3 ["ann"]
// expect: 1
