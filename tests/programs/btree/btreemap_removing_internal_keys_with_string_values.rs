// Removing keys that sit in internal nodes moves their predecessor up from a leaf; each removed String value is freed when the returned Option is dropped.
use std::collections::BTreeMap;

fn main() {
    let mut m = BTreeMap::new();
    for k in (0..200).rev() {
        m.insert(k, format!("#{k}"));
    }
    let mut removed = 0;
    let mut k = 0;
    while k < 200 {
        if m.remove(&k).is_some() {
            removed += 1;
        }
        k += 6;
    }
    println!("{} {} {:?} {:?}", removed, m.len(), m.get(&7), m.get(&6));
}
// expect: 34 166 Some("#7") None
