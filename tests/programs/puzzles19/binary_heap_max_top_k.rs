// A max-heap BinaryHeap of (count, word) keeps the top k; into_sorted_vec and peek; ties broken by the tuple's second field.
use std::collections::BinaryHeap;

fn main() {
    let counts = [(3, "ant"), (9, "bee"), (3, "cat"), (7, "dog"), (1, "eel")];
    let mut heap: BinaryHeap<(u32, &str)> = counts.iter().copied().collect();
    println!("{:?}", heap.peek());
    for _ in 0..3 {
        let (n, w) = heap.pop().unwrap();
        println!("{w} {n}");
    }
    println!("{:?}", heap.into_sorted_vec());
}
// expect: Some((9, "bee"))
// expect: bee 9
// expect: dog 7
// expect: cat 3
// expect: [(1, "eel"), (3, "ant")]
