// VecDeque as a circle: rotate_left/rotate_right, push_back, pop_back and indexing; the marble game's small run.
use std::collections::VecDeque;

fn main() {
    let players = 5;
    let mut scores = vec![0u64; players];
    let mut circle: VecDeque<u64> = VecDeque::from([0]);
    for marble in 1..=25u64 {
        if marble % 23 == 0 {
            circle.rotate_right(7);
            let removed = circle.pop_back().unwrap();
            scores[(marble as usize) % players] += marble + removed;
            circle.rotate_left(1);
        } else {
            circle.rotate_left(1);
            circle.push_back(marble);
        }
    }
    println!("{:?}", scores);
    println!("{} {} {}", circle.len(), circle[0], circle[circle.len() - 1]);
}
// expect: [0, 0, 0, 32, 0]
// expect: 24 10 25
