// `HashMap::retain` asks the closure about each entry (key by `&`, value by `&mut`) and drops the rejected ones (their String keys freed) where they lie; the table keeps its allocation.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    for i in 0..6 {
        m.insert(format!("k{i}"), i);
    }
    m.retain(|_, v| {
        *v *= 10;
        *v % 20 == 0
    });
    let mut kept: Vec<_> = m.iter().map(|(k, v)| format!("{k}={v}")).collect();
    kept.sort();
    println!("{:?} {} {}", kept, m.len(), m.capacity());
}
// expect: ["k0=0", "k2=20", "k4=40"] 3 7
