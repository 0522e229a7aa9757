// Dijkstra's shortest paths with a min-heap of Reverse((distance, node)) on a small graph, as courses write it.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn shortest(adj: &Vec<Vec<(usize, u32)>>, start: usize) -> Vec<u32> {
    let mut dist = vec![u32::MAX; adj.len()];
    let mut heap = BinaryHeap::new();
    dist[start] = 0;
    heap.push(Reverse((0, start)));
    while let Some(Reverse((d, node))) = heap.pop() {
        if d > dist[node] {
            continue;
        }
        for &(next, w) in &adj[node] {
            let nd = d + w;
            if nd < dist[next] {
                dist[next] = nd;
                heap.push(Reverse((nd, next)));
            }
        }
    }
    dist
}

fn main() {
    let adj = vec![
        vec![(1, 4), (2, 1)],
        vec![(3, 1)],
        vec![(1, 2), (3, 5)],
        vec![(4, 3)],
        vec![],
    ];
    println!("{:?}", shortest(&adj, 0));
}
// expect: [0, 3, 1, 4, 7]
