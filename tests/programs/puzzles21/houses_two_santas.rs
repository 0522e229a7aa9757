// AoC 2015 day 3: houses visited by Santa and by Santa with Robo-Santa taking turns, positions in a HashSet.
use std::collections::HashSet;

const INPUT: &str = "^v^v^v^v^v>>><<<^^vv";

fn step(pos: (i32, i32), c: char) -> (i32, i32) {
    match c {
        '^' => (pos.0, pos.1 + 1),
        'v' => (pos.0, pos.1 - 1),
        '>' => (pos.0 + 1, pos.1),
        '<' => (pos.0 - 1, pos.1),
        _ => pos,
    }
}

fn main() {
    let mut pos = (0, 0);
    let mut seen = HashSet::from([pos]);
    for c in INPUT.chars() {
        pos = step(pos, c);
        seen.insert(pos);
    }
    println!("alone: {}", seen.len());
    let mut santas = [(0, 0); 2];
    let mut both: HashSet<(i32, i32)> = HashSet::new();
    both.insert((0, 0));
    for (i, c) in INPUT.chars().enumerate() {
        let who = &mut santas[i % 2];
        *who = step(*who, c);
        both.insert(*who);
    }
    println!("with robo: {}", both.len());
    let mut far: Vec<&(i32, i32)> = both.iter().filter(|p| p.0.abs() + p.1.abs() >= 3).collect();
    far.sort();
    println!("far: {:?}", far);
}
// expect: alone: 6
// expect: with robo: 17
// expect: far: [(-1, -5), (-1, -4), (0, -5), (0, -4), (0, -3), (0, 3), (0, 4), (0, 5), (1, -5), (1, 5), (1, 6), (2, 5)]
