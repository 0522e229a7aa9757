// Collecting into a BTreeMap keyed by a type whose PartialEq is the program's own too is "not supported yet": std drops repeated keys by that `!=`, which the run does not call.
use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, Eq)]
struct Name(String);

impl PartialEq for Name {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_lowercase() == other.0.to_lowercase()
    }
}

impl Ord for Name {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.to_lowercase().cmp(&other.0.to_lowercase())
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let m: BTreeMap<Name, u32> = vec![(Name("Ann".into()), 1), (Name("ann".into()), 2)].into_iter().collect();
    println!("{:?}", m);
}
// expect: {Name("ann"): 2}
// unsupported: a B-tree's key comparing `Name`
