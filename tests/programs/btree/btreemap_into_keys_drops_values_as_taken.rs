// A BTreeMap's into_keys drops each value as its key is taken, freeing the nodes as the walk leaves them; into_values in key order.
use std::collections::BTreeMap;

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut m = BTreeMap::new();
    m.insert(3, Loud("three"));
    m.insert(1, Loud("one"));
    m.insert(2, Loud("two"));
    for k in m.into_keys() {
        println!("key {}", k);
        if k == 2 {
            break;
        }
    }
    println!("after");
    let mut w = BTreeMap::new();
    w.insert("b", String::from("bee"));
    w.insert("a", String::from("ay"));
    let v: Vec<String> = w.into_values().collect();
    println!("{:?}", v);
}
// expect: drop one
// expect: key 1
// expect: drop two
// expect: key 2
// expect: drop three
// expect: after
// expect: ["ay", "bee"]
