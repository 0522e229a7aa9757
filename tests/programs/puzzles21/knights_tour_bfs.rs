// Minimum knight moves on an 8x8 board by BFS with a VecDeque of (position, distance) and a visited array.
use std::collections::VecDeque;

fn knight_distance(from: (i32, i32), to: (i32, i32)) -> Option<u32> {
    let moves = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)];
    let mut seen = [[false; 8]; 8];
    let mut queue = VecDeque::new();
    queue.push_back((from, 0));
    seen[from.0 as usize][from.1 as usize] = true;
    while let Some(((r, c), d)) = queue.pop_front() {
        if (r, c) == to {
            return Some(d);
        }
        for (dr, dc) in moves.iter() {
            let (nr, nc) = (r + dr, c + dc);
            if (0..8).contains(&nr) && (0..8).contains(&nc) && !seen[nr as usize][nc as usize] {
                seen[nr as usize][nc as usize] = true;
                queue.push_back(((nr, nc), d + 1));
            }
        }
    }
    None
}

fn main() {
    for target in [(0, 0), (1, 2), (7, 7), (3, 3), (0, 1)] {
        println!("{:?} -> {:?}", target, knight_distance((0, 0), target));
    }
}
// expect: (0, 0) -> Some(0)
// expect: (1, 2) -> Some(1)
// expect: (7, 7) -> Some(6)
// expect: (3, 3) -> Some(2)
// expect: (0, 1) -> Some(3)
