// `sort_unstable_by` past 20 elements whose comparison never finds two elements equal: the one order there is, whatever ipnsort's steps.
fn main() {
    let mut v: Vec<(u32, char)> = (0..24u32).map(|i| ((i * 11) % 24, (b'a' + i as u8) as char)).collect();
    v.sort_unstable_by(|a, b| b.0.cmp(&a.0));
    println!("{:?}", &v[..4]);
    v.sort_unstable_by_key(|p| p.1);
    println!("{:?}", &v[..4]);
}
// expect: [(23, 'n'), (22, 'c'), (21, 'p'), (20, 'e')]
// expect: [(0, 'a'), (11, 'b'), (22, 'c'), (9, 'd')]
