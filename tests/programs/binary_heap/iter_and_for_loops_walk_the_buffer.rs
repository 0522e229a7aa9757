// iter, `for x in &heap` and `for x in heap` all walk the buffer in heap order, not in sorted order; the last moves each element out.
use std::collections::BinaryHeap;

fn main() {
    let heap = BinaryHeap::from(vec![String::from("b"), String::from("d"), String::from("a"), String::from("c")]);
    let joined: Vec<&str> = heap.iter().map(|s| s.as_str()).collect();
    println!("{:?}", joined);
    for s in &heap {
        print!("{} ", s);
    }
    println!();
    let total: usize = heap.iter().map(|s| s.len()).sum();
    for s in heap {
        println!("owned {}", s);
    }
    println!("{}", total);
}
// expect: ["d", "c", "a", "b"]
// expect: d c a b 
// expect: owned d
// expect: owned c
// expect: owned a
// expect: owned b
// expect: 4
