// Exercism-style: a Version tuple struct deriving PartialOrd/Ord compared field by field, sorted and maxed.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Version(u32, u32, u32);

fn parse(s: &str) -> Option<Version> {
    let parts: Vec<u32> = s.split('.').map(|p| p.parse().ok()).collect::<Option<Vec<u32>>>()?;
    match parts.as_slice() {
        [a, b, c] => Some(Version(*a, *b, *c)),
        _ => None,
    }
}

fn main() {
    let mut versions: Vec<Version> = ["1.2.3", "1.10.0", "0.9.12", "1.2.10"].iter().filter_map(|s| parse(s)).collect();
    versions.sort();
    println!("{:?}", versions);
    println!("{:?}", versions.iter().max());
    println!("{}", Version(1, 2, 3) < Version(1, 10, 0));
    println!("{:?} {:?}", parse("1.2"), parse("a.b.c"));
}
// expect: [Version(0, 9, 12), Version(1, 2, 3), Version(1, 2, 10), Version(1, 10, 0)]
// expect: Some(Version(1, 10, 0))
// expect: true
// expect: None None
