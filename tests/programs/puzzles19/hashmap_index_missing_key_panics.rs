// Indexing a HashMap with a key that is absent panics; get() would have returned None.
use std::collections::HashMap;

fn main() {
    let mut registers: HashMap<&str, i64> = HashMap::new();
    registers.insert("a", 1);
    println!("{:?}", registers.get("b"));
    println!("{}", registers["a"] + registers["b"]);
}
// expect: None
// panic: no entry found for key
// panic-at: 8:46
