// AoC 2015 day 6: turn on/off/toggle rectangles of lights, once as booleans and once as brightness.
const INPUT: &str = "turn on 0,0 through 9,9
toggle 0,0 through 9,0
turn off 4,4 through 5,5
toggle 2,2 through 7,3";

#[derive(Debug)]
enum Action {
    On,
    Off,
    Toggle,
}

fn parse_point(s: &str) -> (usize, usize) {
    let mut it = s.split(',').map(|n| n.parse::<usize>().unwrap());
    (it.next().unwrap(), it.next().unwrap())
}

fn parse(line: &str) -> (Action, (usize, usize), (usize, usize)) {
    let (action, rest) = if let Some(r) = line.strip_prefix("turn on ") {
        (Action::On, r)
    } else if let Some(r) = line.strip_prefix("turn off ") {
        (Action::Off, r)
    } else {
        (Action::Toggle, line.strip_prefix("toggle ").unwrap())
    };
    let words: Vec<&str> = rest.split(" through ").collect();
    (action, parse_point(words[0]), parse_point(words[1]))
}

fn main() {
    let mut lit = [[false; 10]; 10];
    let mut bright = [[0u32; 10]; 10];
    for line in INPUT.lines() {
        let (action, from, to) = parse(line);
        println!("{:?} {:?}..{:?}", action, from, to);
        for x in from.0..=to.0 {
            for y in from.1..=to.1 {
                match action {
                    Action::On => {
                        lit[x][y] = true;
                        bright[x][y] += 1;
                    }
                    Action::Off => {
                        lit[x][y] = false;
                        bright[x][y] = bright[x][y].saturating_sub(1);
                    }
                    Action::Toggle => {
                        lit[x][y] = !lit[x][y];
                        bright[x][y] += 2;
                    }
                }
            }
        }
    }
    let on = lit.iter().map(|row| row.iter().filter(|&&b| b).count()).sum::<usize>();
    let total: u32 = bright.iter().flat_map(|row| row.iter()).sum();
    println!("lit: {}, brightness: {}", on, total);
}
// expect: On (0, 0)..(9, 9)
// expect: Toggle (0, 0)..(9, 0)
// expect: Off (4, 4)..(5, 5)
// expect: Toggle (2, 2)..(7, 3)
// expect: lit: 74, brightness: 140
