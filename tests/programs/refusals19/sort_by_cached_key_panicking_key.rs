// A key closure that panics in sort_by_cached_key: the keys made so far are dropped and the pairs' buffer freed as it unwinds.
fn main() {
    let mut v = vec![String::from("b"), String::from("a"), String::from(""), String::from("c")];
    v.sort_by_cached_key(|s| {
        if s.is_empty() {
            panic!("empty name");
        }
        s.repeat(2)
    });
    println!("{:?}", v);
}
// panic: empty name
// panic-at: 6:13
