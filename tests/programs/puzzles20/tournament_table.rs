// Tournament (Exercism): results tallied in HashMap<&str, Stats> with entry().or_default(), sorted by points then name, formatted with width and alignment.
use std::collections::HashMap;

#[derive(Default, Debug)]
struct Stats {
    played: u32,
    won: u32,
    drawn: u32,
    lost: u32,
}

impl Stats {
    fn points(&self) -> u32 {
        self.won * 3 + self.drawn
    }
}

fn tally(input: &str) -> String {
    let mut table: HashMap<&str, Stats> = HashMap::new();
    for line in input.lines() {
        let fields: Vec<&str> = line.split(';').collect();
        if fields.len() != 3 {
            continue;
        }
        let (a, b, result) = (fields[0], fields[1], fields[2]);
        let (ra, rb) = match result {
            "win" => ('w', 'l'),
            "loss" => ('l', 'w'),
            "draw" => ('d', 'd'),
            _ => continue,
        };
        for (team, r) in [(a, ra), (b, rb)] {
            let s = table.entry(team).or_default();
            s.played += 1;
            match r {
                'w' => s.won += 1,
                'l' => s.lost += 1,
                _ => s.drawn += 1,
            }
        }
    }
    let mut rows: Vec<(&str, Stats)> = table.into_iter().collect();
    rows.sort_by(|x, y| y.1.points().cmp(&x.1.points()).then(x.0.cmp(y.0)));
    let mut out = format!("{:<31}| MP |  W |  D |  L |  P", "Team");
    for (name, s) in rows {
        out.push('\n');
        out += &format!("{:<31}| {:>2} | {:>2} | {:>2} | {:>2} | {:>2}", name, s.played, s.won, s.drawn, s.lost, s.points());
    }
    out
}

fn main() {
    let input = "Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
bad line";
    println!("{}", tally(input));
}
// expect: Team                           | MP |  W |  D |  L |  P
// expect: Devastating Donkeys            |  3 |  2 |  1 |  0 |  7
// expect: Allegoric Alaskans             |  3 |  2 |  0 |  1 |  6
// expect: Blithering Badgers             |  3 |  1 |  0 |  2 |  3
// expect: Courageous Californians        |  3 |  0 |  1 |  2 |  1
