// A rope's head moved by direction letters; the tail follows with signum; visited positions kept in a HashSet<(i32, i32)>.
use std::collections::HashSet;

fn main() {
    let moves = "R 4\nU 4\nL 3\nD 1\nR 4\nD 1\nL 5\nR 2";
    let mut head = (0i32, 0i32);
    let mut tail = (0i32, 0i32);
    let mut seen = HashSet::new();
    seen.insert(tail);
    for line in moves.lines() {
        let (dir, n) = line.split_once(' ').unwrap();
        let n: i32 = n.parse().unwrap();
        let (dx, dy) = match dir {
            "R" => (1, 0),
            "L" => (-1, 0),
            "U" => (0, 1),
            "D" => (0, -1),
            _ => panic!("unknown direction"),
        };
        for _ in 0..n {
            head = (head.0 + dx, head.1 + dy);
            let (ddx, ddy) = (head.0 - tail.0, head.1 - tail.1);
            if ddx.abs() > 1 || ddy.abs() > 1 {
                tail = (tail.0 + ddx.signum(), tail.1 + ddy.signum());
            }
            seen.insert(tail);
        }
    }
    println!("{}", seen.len());
}
// expect: 13
