// sort_by_cached_key with a String key (to_lowercase): each key made once in order, then the (String, usize) pairs' buffer, the keys dropped in sorted order.
fn main() {
    let mut names = vec![
        String::from("carol"),
        String::from("Alice"),
        String::from("bob"),
        String::from("Dave"),
    ];
    names.sort_by_cached_key(|name| name.to_lowercase());
    println!("{:?}", names);
}
// expect: ["Alice", "bob", "carol", "Dave"]
