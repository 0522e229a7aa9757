// `sort_unstable_by_key` past 20 elements with equal keys on different elements: which comes first is ipnsort's choice, not followed: not supported.
fn main() {
    let mut v: Vec<(u32, char)> = (0..24u32).map(|i| (i % 5, (b'a' + i as u8) as char)).collect();
    v.sort_unstable_by_key(|p| p.0);
    println!("{:?}", v);
}
// expect: [(0, 'a'), (0, 'f'), (0, 'k'), (0, 'p'), (0, 'u'), (1, 'b'), (1, 'g'), (1, 'l'), (1, 'q'), (1, 'v'), (2, 'c'), (2, 'h'), (2, 'm'), (2, 'r'), (2, 'w'), (3, 'd'), (3, 'i'), (3, 'n'), (3, 's'), (3, 'x'), (4, 'e'), (4, 'j'), (4, 'o'), (4, 't')]
// unsupported: `sort_unstable_by_key` of more than 20 elements with equal elements that differ at 4:7
