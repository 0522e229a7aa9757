// Dijkstra over a HashMap graph of &str with a BinaryHeap of Reverse((distance, node)), the distances sorted for printing.
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

fn main() {
    let edges = [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15), ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9)];
    let mut graph: HashMap<&str, Vec<(&str, u32)>> = HashMap::new();
    for &(a, b, w) in edges.iter() {
        graph.entry(a).or_default().push((b, w));
        graph.entry(b).or_default().push((a, w));
    }
    let mut dist: HashMap<&str, u32> = HashMap::new();
    let mut heap = BinaryHeap::new();
    heap.push(Reverse((0u32, "a")));
    while let Some(Reverse((d, node))) = heap.pop() {
        if dist.contains_key(node) {
            continue;
        }
        dist.insert(node, d);
        for &(next, w) in &graph[node] {
            if !dist.contains_key(next) {
                heap.push(Reverse((d + w, next)));
            }
        }
    }
    let mut result: Vec<_> = dist.into_iter().collect();
    result.sort();
    println!("{:?}", result);
}
// expect: [("a", 0), ("b", 7), ("c", 9), ("d", 20), ("e", 20), ("f", 11)]
