// A formatted value borrowing `&mut m` through a function's result keeps it borrowed while the next argument reads m: E0502.
use std::collections::HashMap;

fn entry_text(map: &mut HashMap<u32, String>, k: u32) -> &String {
    map.entry(k).or_insert_with(|| format!("v{}", k))
}

fn main() {
    let mut m = HashMap::new();
    m.insert(2, String::from("two"));
    println!("{} {}", entry_text(&mut m, 1), m[&2]);
}
// error: E0502 at 11:46
