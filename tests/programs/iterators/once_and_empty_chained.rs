// iter::once gives one item (dropped unused when never taken) and iter::empty none; both are exact, so collect allocates once.
use std::iter::{empty, once};

fn main() {
    let v: Vec<i32> = once(0).chain(vec![1, 2, 3]).chain(once(4)).collect();
    println!("{:?}", v);
    let e: Vec<String> = empty().collect();
    println!("{:?} {}", e, e.capacity());
    let s: String = once("head").chain(["a", "b"]).collect();
    println!("{}", s);
    let n = once(String::from("unused")).take(0).count();
    println!("{}", n);
    for x in std::iter::empty::<u8>() {
        println!("never {}", x);
    }
    println!("{}", once(7).map(|x| x * 2).sum::<i32>());
}
// expect: [0, 1, 2, 3, 4]
// expect: [] 0
// expect: headab
// expect: 0
// expect: 14
