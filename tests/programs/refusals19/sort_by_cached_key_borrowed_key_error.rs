// A sort_by_cached_key closure returning a borrow of its item (`|s| s.as_str()`) is rustc's lifetime error, as for sort_by_key.
fn main() {
    let mut v = vec![String::from("b"), String::from("a")];
    v.sort_by_cached_key(|s| s.as_str());
    println!("{:?}", v);
}
// error: "lifetime may not live long enough" at 4:30
