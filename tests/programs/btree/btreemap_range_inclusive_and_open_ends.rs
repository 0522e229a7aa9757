// BTreeMap::range with `..=b`, `a..` and `..`: each end included or left open as the range says.
use std::collections::BTreeMap;

fn main() {
    let m: BTreeMap<i32, char> = (0..8).map(|i| (i * 10, (b'a' + i as u8) as char)).collect();
    println!("{:?}", m.range(..=20).collect::<Vec<_>>());
    println!("{:?}", m.range(50..).collect::<Vec<_>>());
    println!("{}", m.range(..).count());
    println!("{:?}", m.range(15..=40).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("{:?}", m.range(..35).last());
}
// expect: [(0, 'a'), (10, 'b'), (20, 'c')]
// expect: [(50, 'f'), (60, 'g'), (70, 'h')]
// expect: 8
// expect: [20, 30, 40]
// expect: Some((30, 'd'))
