// A BTreeMap keyed by a type with its own Ord: insert, get, contains_key and remove call its cmp against each node's keys, left to right, as std's search does.
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, PartialEq, Eq)]
struct Name(String);

impl Ord for Name {
    fn cmp(&self, other: &Self) -> Ordering {
        println!("  {} vs {}", self.0, other.0);
        self.0.to_lowercase().cmp(&other.0.to_lowercase())
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut ages = BTreeMap::new();
    for (n, a) in [("bob", 30), ("Alice", 25), ("carol", 41), ("Bob", 31)] {
        println!("insert {}", n);
        let old = ages.insert(Name(n.to_string()), a);
        println!("-> {:?}", old);
    }
    println!("get alice");
    println!("{:?}", ages.get(&Name("alice".to_string())));
    println!("contains dave");
    println!("{}", ages.contains_key(&Name("dave".to_string())));
    println!("remove CAROL");
    println!("{:?}", ages.remove(&Name("CAROL".to_string())));
    println!("{:?}", ages);
}
// expect: insert bob
// expect: -> None
// expect: insert Alice
// expect:   Alice vs bob
// expect: -> None
// expect: insert carol
// expect:   carol vs Alice
// expect:   carol vs bob
// expect: -> None
// expect: insert Bob
// expect:   Bob vs Alice
// expect:   Bob vs bob
// expect: -> Some(30)
// expect: get alice
// expect:   alice vs Alice
// expect: Some(25)
// expect: contains dave
// expect:   dave vs Alice
// expect:   dave vs bob
// expect:   dave vs carol
// expect: false
// expect: remove CAROL
// expect:   CAROL vs Alice
// expect:   CAROL vs bob
// expect:   CAROL vs carol
// expect: Some(41)
// expect: {Name("Alice"): 25, Name("bob"): 31}
