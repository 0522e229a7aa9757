// A panic while a map's into_iter is pulled drops the entries not yet taken, then frees the table, as hashbrown's IntoIter does when it is dropped.
use std::collections::HashMap;
fn main() {
    let m: HashMap<u32, String> = (1..4).map(|i| (i, format!("s{}", i))).collect();
    let v: Vec<String> = m.into_iter().map(|(k, v)| { if k > 0 { panic!("seen {}", v.len()); } v }).collect();
    println!("{:?}", v);
}
// panic: seen 2
// panic-at: 5:66
