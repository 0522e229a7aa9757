// A breadth-first search keeps its frontier in a VecDeque: nodes are visited in order of distance from the start.
use std::collections::VecDeque;

fn main() {
    let edges: Vec<Vec<usize>> = vec![vec![1, 2], vec![3], vec![3, 4], vec![5], vec![5], vec![]];
    let mut dist = vec![usize::MAX; edges.len()];
    let mut queue = VecDeque::new();
    dist[0] = 0;
    queue.push_back(0);
    while let Some(node) = queue.pop_front() {
        for &next in &edges[node] {
            if dist[next] == usize::MAX {
                dist[next] = dist[node] + 1;
                queue.push_back(next);
            }
        }
    }
    println!("{:?}", dist);
}
// expect: [0, 1, 1, 2, 2, 3]
