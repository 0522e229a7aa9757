// sort_by_key with a key closure that allocates (to_lowercase) on a short Vec, and dedup_by_key-free dedup after sorting.
fn main() {
    let mut names = vec!["bob", "Alice", "carol", "alice", "Bob"];
    names.sort_by_key(|n| n.to_lowercase());
    println!("{:?}", names);
    let mut lowered: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    lowered.dedup();
    println!("{:?} (cap {})", lowered, lowered.capacity());
    names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    println!("{:?}", names);
}
// expect: ["Alice", "alice", "bob", "Bob", "carol"]
// expect: ["alice", "bob", "carol"] (cap 5)
// expect: ["Alice", "alice", "carol", "Bob", "bob"]
