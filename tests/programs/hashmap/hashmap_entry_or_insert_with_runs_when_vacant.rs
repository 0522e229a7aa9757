// entry().or_insert_with runs its closure only when the key is missing; for a key already there the closure is dropped unused.
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<u32, String> = HashMap::new();
    let mut made = 0;
    for n in [3, 5, 3, 3, 5] {
        let text = cache.entry(n).or_insert_with(|| {
            made += 1;
            format!("#{n}")
        });
        text.push('.');
    }
    println!("{} {} {:?} {:?}", made, cache.len(), cache.get(&3), cache.get(&5));
}
// expect: 2 2 Some("#3...") Some("#5..")
