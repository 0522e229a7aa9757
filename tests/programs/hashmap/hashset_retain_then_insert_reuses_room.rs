// `HashSet::retain` erases rejected elements' control bytes; inserting as many again fits without growing the table.
use std::collections::HashSet;

fn main() {
    let mut s: HashSet<u64> = (0..7).collect();
    let before = s.capacity();
    s.retain(|x| *x >= 4);
    for x in 10..14 {
        s.insert(x);
    }
    let mut v: Vec<u64> = s.iter().copied().collect();
    v.sort();
    println!("{:?} {}", v, before);
}
// expect: [4, 5, 6, 10, 11, 12, 13] 7
