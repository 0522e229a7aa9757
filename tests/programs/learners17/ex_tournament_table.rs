// Exercism-style: a tournament table, tallies in a HashMap, sorted by points then name, printed with `{:<30}` and `{:>2}`.
use std::collections::HashMap;

#[derive(Default)]
struct Tally {
    played: u32,
    won: u32,
    drawn: u32,
    lost: u32,
}

impl Tally {
    fn points(&self) -> u32 {
        self.won * 3 + self.drawn
    }
}

fn tally(input: &str) -> String {
    let mut table: HashMap<&str, Tally> = HashMap::new();
    for line in input.lines() {
        let parts: Vec<&str> = line.split(';').collect();
        if parts.len() != 3 {
            continue;
        }
        let (a, b) = (parts[0], parts[1]);
        let (ra, rb) = match parts[2] {
            "win" => ((1, 0, 0), (0, 0, 1)),
            "loss" => ((0, 0, 1), (1, 0, 0)),
            "draw" => ((0, 1, 0), (0, 1, 0)),
            _ => continue,
        };
        for (team, (w, d, l)) in [(a, ra), (b, rb)] {
            let t = table.entry(team).or_default();
            t.played += 1;
            t.won += w;
            t.drawn += d;
            t.lost += l;
        }
    }
    let mut rows: Vec<(&str, Tally)> = table.into_iter().collect();
    rows.sort_by(|x, y| y.1.points().cmp(&x.1.points()).then(x.0.cmp(y.0)));
    let mut out = format!("{:<30} | MP |  W |  D |  L |  P", "Team");
    for (name, t) in rows {
        out += &format!("\n{:<30} | {:>2} | {:>2} | {:>2} | {:>2} | {:>2}", name, t.played, t.won, t.drawn, t.lost, t.points());
    }
    out
}

fn main() {
    let input = "Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win";
    println!("{}", tally(input));
}
// expect: Team                           | MP |  W |  D |  L |  P
// expect: Devastating Donkeys            |  3 |  2 |  1 |  0 |  7
// expect: Allegoric Alaskans             |  3 |  2 |  0 |  1 |  6
// expect: Blithering Badgers             |  3 |  1 |  0 |  2 |  3
// expect: Courageous Californians        |  3 |  0 |  1 |  2 |  1
