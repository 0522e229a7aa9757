// Sorting structs that derive Ord compares field by field, an enum field first by its variant order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Reading {
    level: Level,
    value: u8,
}

fn main() {
    let mut v = vec![Reading { level: Level::High, value: 1 }, Reading { level: Level::Low, value: 9 }];
    v.sort();
    let first = v[0];
    println!("{:?} {:?}", first, v.iter().max());
}
// expect: Reading { level: Low, value: 9 } Some(Reading { level: High, value: 1 })
