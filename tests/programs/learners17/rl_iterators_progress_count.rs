// Rustlings-style: counting a Progress value across a Vec of maps with filter/count and a sum of counts.
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Progress {
    None,
    Some,
    Complete,
}

fn count_iterator(map: &HashMap<String, Progress>, value: Progress) -> usize {
    map.values().filter(|v| **v == value).count()
}

fn count_collection_iterator(collection: &[HashMap<String, Progress>], value: Progress) -> usize {
    collection.iter().map(|map| count_iterator(map, value)).sum()
}

fn main() {
    let mut map = HashMap::new();
    map.insert(String::from("variables1"), Progress::Complete);
    map.insert(String::from("functions1"), Progress::Complete);
    map.insert(String::from("hashmap1"), Progress::Complete);
    map.insert(String::from("arc1"), Progress::Some);
    map.insert(String::from("as_ref_mut"), Progress::None);
    let mut other = HashMap::new();
    other.insert(String::from("variables2"), Progress::Complete);
    other.insert(String::from("functions2"), Progress::None);
    other.insert(String::from("if1"), Progress::Complete);
    let collection = vec![map, other];
    for (name, p) in [("complete", Progress::Complete), ("some", Progress::Some), ("none", Progress::None)] {
        println!("{}: {} {}", name, count_iterator(&collection[0], p), count_collection_iterator(&collection, p));
    }
}
// expect: complete: 3 5
// expect: some: 1 1
// expect: none: 1 2
// heap: skip the maps of String keys free them in the bucket order of std's random seed
