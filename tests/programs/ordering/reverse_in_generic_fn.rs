// An Ordering method called in a generic function runs in each instance: `descending::<i32>` and `descending::<char>`.
use std::cmp::Ordering;

fn descending<T: Ord>(a: &T, b: &T) -> Ordering {
    a.cmp(b).reverse()
}

fn main() {
    let mut v = vec![3, 1, 2];
    v.sort_by(|a, b| descending(a, b));
    println!("{:?} {:?}", v, descending(&'a', &'b'));
}
// expect: [3, 2, 1] Greater
