// A HashMap's entries written in sorted order by `m.entry(k, &self.items[k])` in a loop over its sorted keys.
use std::collections::HashMap;
use std::fmt;
struct Inventory { items: HashMap<String, u32> }
impl fmt::Debug for Inventory {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut keys: Vec<&String> = self.items.keys().collect();
        keys.sort();
        let mut m = f.debug_map();
        for k in keys {
            m.entry(k, &self.items[k]);
        }
        m.finish()
    }
}
fn main() {
    let mut items = HashMap::new();
    items.insert(String::from("apple"), 3);
    items.insert(String::from("pear"), 0);
    let inv = Inventory { items };
    println!("{:?}", inv);
    println!("{:#?}", inv);
}
// expect: {"apple": 3, "pear": 0}
// expect: {
// expect:     "apple": 3,
// expect:     "pear": 0,
// expect: }
// heap: skip the map's two String keys (5 and 4 bytes) are freed in its bucket order, which std's random seed changes from run to run
