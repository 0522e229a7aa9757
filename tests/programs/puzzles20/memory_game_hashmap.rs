// Memory game (AoC 2020 day 15): the turn each number was last spoken kept in a HashMap<usize, usize>.
use std::collections::HashMap;

fn play(start: &[usize], turns: usize) -> usize {
    let mut last_seen: HashMap<usize, usize> = HashMap::new();
    for (i, &n) in start.iter().enumerate().take(start.len() - 1) {
        last_seen.insert(n, i + 1);
    }
    let mut current = *start.last().unwrap();
    for turn in start.len()..turns {
        let next = match last_seen.get(&current) {
            Some(&t) => turn - t,
            None => 0,
        };
        last_seen.insert(current, turn);
        current = next;
    }
    current
}

fn main() {
    for start in [vec![0, 3, 6], vec![1, 3, 2], vec![2, 1, 3], vec![3, 1, 2]] {
        println!("{:?}: {} {}", start, play(&start, 10), play(&start, 2020));
    }
}
// expect: [0, 3, 6]: 0 436
// expect: [1, 3, 2]: 7 1
// expect: [2, 1, 3]: 6 10
// expect: [3, 1, 2]: 8 1836
