// AoC 2017 day 3: the Manhattan distance of a square in the spiral, found ring by ring, and the first stress-test value larger than the input.
use std::collections::HashMap;

const INPUT: u32 = 361527;

fn distance(n: u32) -> u32 {
    if n == 1 {
        return 0;
    }
    let mut ring = 0;
    while (2 * ring + 1) * (2 * ring + 1) < n {
        ring += 1;
    }
    let side = 2 * ring;
    let last = (2 * ring + 1) * (2 * ring + 1);
    let offset = (last - n) % side;
    let from_middle = if offset > ring { offset - ring } else { ring - offset };
    ring + from_middle
}

fn stress(limit: u32) -> u32 {
    let mut grid: HashMap<(i32, i32), u32> = HashMap::new();
    grid.insert((0, 0), 1);
    let (mut x, mut y) = (0, 0);
    let dirs = [(1, 0), (0, 1), (-1, 0), (0, -1)];
    let mut d = 0;
    let mut len = 1;
    loop {
        for _ in 0..2 {
            for _ in 0..len {
                x += dirs[d].0;
                y += dirs[d].1;
                let mut sum = 0;
                for dx in -1..=1 {
                    for dy in -1..=1 {
                        sum += grid.get(&(x + dx, y + dy)).copied().unwrap_or(0);
                    }
                }
                if sum > limit {
                    return sum;
                }
                grid.insert((x, y), sum);
            }
            d = (d + 1) % 4;
        }
        len += 1;
    }
}

fn main() {
    for n in [1, 12, 23, 1024] {
        println!("{} -> {}", n, distance(n));
    }
    println!("part 1: {}", distance(INPUT));
    println!("part 2: {}", stress(INPUT));
}
// expect: 1 -> 0
// expect: 12 -> 3
// expect: 23 -> 2
// expect: 1024 -> 31
// expect: part 1: 326
// expect: part 2: 363010
