// Generic counting over T: Eq + Hash + Clone into a HashMap, then the most common item by a where clause adding Ord, for &str, integers and an empty slice.
use std::collections::HashMap;
use std::hash::Hash;

fn count<T: Eq + Hash + Clone>(items: &[T]) -> HashMap<T, usize> {
    let mut m = HashMap::new();
    for it in items {
        *m.entry(it.clone()).or_insert(0) += 1;
    }
    m
}

fn most_common<T>(items: &[T]) -> Option<(T, usize)>
where
    T: Eq + Hash + Clone + Ord,
{
    let m = count(items);
    let mut pairs: Vec<(T, usize)> = m.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    pairs.into_iter().next()
}

fn main() {
    println!("{:?}", most_common(&["a", "b", "a", "c", "b", "a"]));
    println!("{:?}", most_common(&[3, 1, 3, 1]));
    println!("{:?}", most_common::<u8>(&[]));
}
// expect: Some(("a", 3))
// expect: Some((1, 2))
// expect: None
