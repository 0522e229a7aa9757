// sort_by_cached_key by a usize key keeps equal keys in their first order (a stable sort), with pairs of (usize, usize).
fn main() {
    let mut words = vec!["pear", "fig", "banana", "kiwi", "apple", "plum"];
    words.sort_by_cached_key(|w| w.len());
    println!("{:?}", words);
}
// expect: ["fig", "pear", "kiwi", "plum", "apple", "banana"]
