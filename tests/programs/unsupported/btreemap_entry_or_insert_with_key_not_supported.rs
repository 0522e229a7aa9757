// A BTreeMap entry's `key()` runs and its `or_insert_with_key` is "not supported yet" at the method, never E0599.
use std::collections::BTreeMap;
fn main() {
    let mut m: BTreeMap<String, usize> = BTreeMap::new();
    let e = m.entry("hello".to_string());
    println!("{}", e.key());
    e.or_insert_with_key(|k| k.len());
    println!("{:?}", m);
}
// expect: hello
// expect: {"hello": 5}
// unsupported: the method `or_insert_with_key` of `Entry<'_, String, usize>` at 7:7
