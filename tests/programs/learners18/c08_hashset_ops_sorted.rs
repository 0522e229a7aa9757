// HashSet union, intersection and difference of tags, each sorted before printing; insert's bool.
use std::collections::HashSet;

fn sorted(s: &HashSet<&str>) -> Vec<String> {
    let mut v: Vec<&str> = s.iter().copied().collect();
    v.sort();
    v.into_iter().map(|x| x.to_string()).collect()
}

fn main() {
    let a: HashSet<&str> = ["rust", "go", "c"].into_iter().collect();
    let b: HashSet<&str> = ["c", "zig", "rust"].iter().cloned().collect();
    let mut u: Vec<&&str> = a.union(&b).collect();
    u.sort();
    println!("{u:?}");
    let i: HashSet<&str> = a.intersection(&b).copied().collect();
    println!("{:?}", sorted(&i));
    let d: HashSet<_> = a.difference(&b).copied().collect();
    println!("{:?}", sorted(&d));
    let mut seen = HashSet::new();
    for w in ["x", "y", "x"] {
        println!("{w} new? {}", seen.insert(w));
    }
    println!("{}", seen.contains("y"));
}
// expect: ["c", "go", "rust", "zig"]
// expect: ["c", "rust"]
// expect: ["go"]
// expect: x new? true
// expect: y new? true
// expect: x new? false
// expect: true
