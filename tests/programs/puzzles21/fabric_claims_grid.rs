// AoC 2018 day 3: overlapping fabric claims counted on a fixed grid; the one claim overlapping nothing.
const INPUT: &str = "#1 @ 1,3: 4x4
#2 @ 3,1: 4x4
#3 @ 5,5: 2x2";

struct Claim {
    id: u32,
    left: usize,
    top: usize,
    width: usize,
    height: usize,
}

impl Claim {
    fn parse(line: &str) -> Claim {
        let (id, rest) = line.split_once(" @ ").unwrap();
        let (pos, size) = rest.split_once(": ").unwrap();
        let (left, top) = pos.split_once(',').unwrap();
        let (width, height) = size.split_once('x').unwrap();
        Claim {
            id: id.trim_start_matches('#').parse().unwrap(),
            left: left.parse().unwrap(),
            top: top.parse().unwrap(),
            width: width.parse().unwrap(),
            height: height.parse().unwrap(),
        }
    }

    fn cells(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        (self.top..self.top + self.height).flat_map(move |r| (self.left..self.left + self.width).map(move |c| (r, c)))
    }
}

fn main() {
    let claims: Vec<Claim> = INPUT.lines().map(Claim::parse).collect();
    let mut grid = vec![vec![0u8; 10]; 10];
    for claim in &claims {
        for (r, c) in claim.cells() {
            grid[r][c] += 1;
        }
    }
    let overlap = grid.iter().flatten().filter(|&&n| n > 1).count();
    println!("overlapping square inches: {}", overlap);
    for row in &grid {
        let line: String = row.iter().map(|&n| match n { 0 => '.', 1 => '#', _ => 'X' }).collect();
        println!("{}", line);
    }
    let lone = claims.iter().find(|c| c.cells().all(|(r, col)| grid[r][col] == 1)).unwrap();
    println!("intact claim: {}", lone.id);
}
// expect: overlapping square inches: 4
// expect: ..........
// expect: ...####...
// expect: ...####...
// expect: .##XX##...
// expect: .##XX##...
// expect: .######...
// expect: .######...
// expect: ..........
// expect: ..........
// expect: ..........
// expect: intact claim: 3
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 30:9
