// partial_cmp and cmp are methods of every number, bool and char (PartialOrd and Ord of std's types); an open `{integer}` keeps its type open until the context decides it.
use std::cmp::Ordering;

fn main() {
    let a = 1.partial_cmp(&2);
    let b = 3u8.cmp(&2);
    let limit: u8 = 9;
    let c = 7.max(limit);
    let d = 'a'.cmp(&'b');
    let e = true.cmp(&false);
    let f = (-4i64).partial_cmp(&-4);
    println!("{:?} {:?} {} {:?} {:?} {:?}", a, b, c, d, e, f);
    println!("{}", a == Some(Ordering::Less));
    println!("{} {} {} {}", 2.lt(&3), 2.le(&2), 'z'.gt(&'a'), 1.5f64.ge(&2.5));
}

// expect: Some(Less) Greater 9 Less Greater Some(Equal)
// expect: true
// expect: true true true false
