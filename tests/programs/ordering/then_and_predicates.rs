// `then` chains orders eagerly, and `is_lt`, `is_le`, `is_gt`, `is_ge`, `is_eq`, `is_ne` read an Ordering as a bool.
use std::cmp::Ordering;

fn main() {
    let o = 3.cmp(&5);
    println!("{:?} {:?}", o.then(Ordering::Greater), Ordering::Equal.then(Ordering::Greater));
    println!("{} {} {} {} {} {}", o.is_lt(), o.is_le(), o.is_gt(), o.is_ge(), o.is_eq(), o.is_ne());
    println!("{:?}", "b".cmp("a").reverse());
}
// expect: Less Greater
// expect: true true false false false true
// expect: Less
