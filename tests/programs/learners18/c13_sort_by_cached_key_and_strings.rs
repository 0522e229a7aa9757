// sort_by_cached_key after sort, then sort_by_key, binary_search and is_sorted.
fn main() {
    let mut names = vec!["bob".to_string(), "Alice".to_string(), "carol".to_string(), "Dave".to_string()];
    names.sort();
    println!("{names:?}");
    names.sort_by_cached_key(|s| s.to_lowercase());
    println!("{names:?}");
    names.sort_by_key(|s| (s.len(), s.clone()));
    println!("{names:?}");
    let mut nums = vec![40, 10, 30, 20];
    nums.sort_unstable();
    println!("{:?} {:?}", nums.binary_search(&30), nums.binary_search(&25));
    nums.reverse();
    println!("{nums:?} {}", nums.is_sorted());
}
// expect: ["Alice", "Dave", "bob", "carol"]
// expect: ["Alice", "bob", "carol", "Dave"]
// expect: ["bob", "Dave", "Alice", "carol"]
// expect: Ok(2) Err(2)
// expect: [40, 30, 20, 10] false
