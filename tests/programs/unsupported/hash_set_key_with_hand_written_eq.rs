// A HashSet key whose PartialEq is the learner's own (two people equal by id alone) is not hashed and compared field by field: not supported yet.
use std::collections::HashSet;

#[derive(Debug, Hash)]
struct Person { id: u32 }

impl PartialEq for Person {
    fn eq(&self, other: &Self) -> bool { self.id == other.id }
}
impl Eq for Person {}

fn main() {
    let mut set = HashSet::new();
    set.insert(Person { id: 1 });
    set.insert(Person { id: 1 });
    println!("{}", set.len());
}
// expect: 1
// unsupported: a hash table's key comparing `Person` through the program's own `PartialEq` impl at 14:9
