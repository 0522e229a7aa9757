// A HashMap entry's `or_insert_with_key` is "not supported yet" at the method, never E0599.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, usize> = HashMap::new();
    m.entry("hello".to_string()).or_insert_with_key(|k| k.len());
    println!("{:?}", m.get("hello"));
}
// expect: Some(5)
// unsupported: the method `or_insert_with_key` of `Entry<'_, String, usize>` at 5:34
