// Antennas grouped by letter in a BTreeMap<char, Vec<(i32, i32)>>; every pair's antinodes inside the grid collected in a BTreeSet.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let input = "......\n...a..\n......\n....a.\n.B....\n......";
    let h = input.lines().count() as i32;
    let w = input.lines().next().unwrap().len() as i32;
    let mut antennas: BTreeMap<char, Vec<(i32, i32)>> = BTreeMap::new();
    for (r, line) in input.lines().enumerate() {
        for (c, ch) in line.chars().enumerate() {
            if ch != '.' {
                antennas.entry(ch).or_default().push((r as i32, c as i32));
            }
        }
    }
    let mut spots = BTreeSet::new();
    for positions in antennas.values() {
        for (i, a) in positions.iter().enumerate() {
            for b in &positions[i + 1..] {
                for p in [(2 * a.0 - b.0, 2 * a.1 - b.1), (2 * b.0 - a.0, 2 * b.1 - a.1)] {
                    if (0..h).contains(&p.0) && (0..w).contains(&p.1) {
                        spots.insert(p);
                    }
                }
            }
        }
    }
    println!("{:?}", spots);
}
// expect: {(5, 5)}
