// `range(String::from("b")..)` on String keys: a range of the key type itself; the bound String is dropped after the call.
use std::collections::BTreeMap;

fn main() {
    let m = BTreeMap::from([(String::from("a"), 1), (String::from("b"), 2), (String::from("c"), 3)]);
    let after: Vec<_> = m.range("b".to_string()..).map(|(k, v)| format!("{k}{v}")).collect();
    println!("{:?}", after);
}
// expect: ["b2", "c3"]
