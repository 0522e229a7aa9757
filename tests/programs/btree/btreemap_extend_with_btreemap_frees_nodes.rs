// BTreeMap::extend(another BTreeMap) takes the other map's entries in key order, freeing its nodes as the walk leaves them.
use std::collections::BTreeMap;

fn main() {
    let mut index: BTreeMap<u32, String> = BTreeMap::new();
    index.insert(5, String::from("five"));
    let mut more = BTreeMap::new();
    for i in 0..14u32 {
        more.insert(i * 2, format!("n{}", i));
    }
    index.extend(more);
    println!("{} {:?} {:?}", index.len(), index.get(&5), index.get(&26));
}
// expect: 15 Some("five") Some("n13")
