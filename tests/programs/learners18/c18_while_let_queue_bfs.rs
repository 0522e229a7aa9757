// while let over VecDeque::pop_front for a breadth-first walk of an adjacency list.
use std::collections::VecDeque;

fn main() {
    let edges: Vec<Vec<usize>> = vec![vec![1, 2], vec![3], vec![3, 4], vec![], vec![0]];
    let mut seen = vec![false; edges.len()];
    let mut order = Vec::new();
    let mut queue = VecDeque::new();
    queue.push_back(0);
    seen[0] = true;
    while let Some(n) = queue.pop_front() {
        order.push(n);
        for &next in &edges[n] {
            if !seen[next] {
                seen[next] = true;
                queue.push_back(next);
            }
        }
    }
    println!("{order:?}");
}
// expect: [0, 1, 2, 3, 4]
