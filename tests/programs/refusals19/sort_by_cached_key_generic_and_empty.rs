// sort_by_cached_key in a generic function (one instance per key type: i32 pairs of u32, String pairs of usize), on an empty Vec and on zero-sized elements.
fn sort_all<T: Ord + Clone + std::fmt::Debug>(v: &mut Vec<T>) {
    v.sort_by_cached_key(|x| x.clone());
}
fn main() {
    let mut v = vec![3, 1, 2];
    sort_all(&mut v);
    let mut w = vec![String::from("b"), String::from("a")];
    sort_all(&mut w);
    println!("{:?} {:?}", v, w);
    let mut e: Vec<i32> = Vec::new();
    e.sort_by_cached_key(|x| *x);
    let mut z = vec![(), ()];
    z.sort_by_cached_key(|_| 1u8);
    println!("{:?} {:?}", e, z);
}
// expect: [1, 2, 3] ["a", "b"]
// expect: [] [(), ()]
