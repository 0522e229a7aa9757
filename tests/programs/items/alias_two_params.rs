// A type alias with two type parameters, `Table<K, V> = Vec<(K, V)>`, substitutes each where it is used.
type Table<K, V> = Vec<(K, V)>;

fn lookup<'a>(t: &'a Table<&str, i32>, key: &str) -> Option<&'a i32> {
    t.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
}

fn main() {
    let t: Table<&str, i32> = vec![("a", 1), ("b", 2)];
    println!("{:?} {:?}", lookup(&t, "b"), lookup(&t, "z"));
}
// expect: Some(2) None
