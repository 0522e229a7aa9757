// Restroom robots (AoC 2024 day 14): positions after 100 steps wrapped with rem_euclid, counted per quadrant with bools cast to usize.
#[derive(Debug)]
struct Robot {
    p: (i32, i32),
    v: (i32, i32),
}

fn parse_pair(s: &str) -> (i32, i32) {
    let (x, y) = s[2..].split_once(',').unwrap();
    (x.parse().unwrap(), y.parse().unwrap())
}

fn main() {
    let input = "p=0,4 v=3,-3
p=6,3 v=-1,-3
p=10,3 v=-1,2
p=2,0 v=2,-1
p=0,0 v=1,3
p=3,0 v=-2,-2
p=7,6 v=-1,-3
p=3,0 v=-1,-2
p=9,3 v=2,3
p=7,3 v=-1,2
p=2,4 v=2,-3
p=9,5 v=-3,-3";
    let (w, h) = (11, 7);
    let robots: Vec<Robot> = input
        .lines()
        .map(|l| {
            let (p, v) = l.split_once(' ').unwrap();
            Robot { p: parse_pair(p), v: parse_pair(v) }
        })
        .collect();
    let mut quads = [0u32; 4];
    for r in &robots {
        let x = (r.p.0 + r.v.0 * 100).rem_euclid(w);
        let y = (r.p.1 + r.v.1 * 100).rem_euclid(h);
        if x == w / 2 || y == h / 2 {
            continue;
        }
        let q = (x > w / 2) as usize + 2 * (y > h / 2) as usize;
        quads[q] += 1;
    }
    println!("{:?} {}", quads, quads.iter().product::<u32>());
    println!("{:?}", robots[0]);
}
// expect: [1, 3, 4, 1] 12
// expect: Robot { p: (0, 4), v: (3, -3) }
