// Cube conundrum (AoC 2023 day 2): games parsed into structs of Draws (Default, then fields set by a match on the colour), filtered and powered.
#[derive(Debug, Default)]
struct Draw {
    red: u32,
    green: u32,
    blue: u32,
}

struct Game {
    id: u32,
    draws: Vec<Draw>,
}

fn parse_game(line: &str) -> Game {
    let (head, rest) = line.split_once(": ").unwrap();
    let id = head.trim_start_matches("Game ").parse().unwrap();
    let draws = rest
        .split("; ")
        .map(|d| {
            let mut draw = Draw::default();
            for part in d.split(", ") {
                let (n, color) = part.split_once(' ').unwrap();
                let n: u32 = n.parse().unwrap();
                match color {
                    "red" => draw.red = n,
                    "green" => draw.green = n,
                    "blue" => draw.blue = n,
                    _ => panic!("bad color"),
                }
            }
            draw
        })
        .collect();
    Game { id, draws }
}

fn main() {
    let input = "Game 1: 3 blue, 4 red; 1 red, 2 green, 6 blue; 2 green
Game 2: 1 blue, 2 green; 3 green, 4 blue, 1 red; 1 green, 1 blue
Game 3: 8 green, 6 blue, 20 red; 5 blue, 4 red, 13 green; 5 green, 1 red
Game 4: 1 green, 3 red, 6 blue; 3 green, 6 red; 3 green, 15 blue, 14 red
Game 5: 6 red, 1 blue, 3 green; 2 blue, 1 red, 2 green";
    let games: Vec<Game> = input.lines().map(parse_game).collect();
    let possible: u32 = games
        .iter()
        .filter(|g| g.draws.iter().all(|d| d.red <= 12 && d.green <= 13 && d.blue <= 14))
        .map(|g| g.id)
        .sum();
    let power: u32 = games
        .iter()
        .map(|g| {
            let r = g.draws.iter().map(|d| d.red).max().unwrap_or(0);
            let gr = g.draws.iter().map(|d| d.green).max().unwrap_or(0);
            let b = g.draws.iter().map(|d| d.blue).max().unwrap_or(0);
            r * gr * b
        })
        .sum();
    println!("{} {}", possible, power);
    println!("{:?}", games[0].draws);
}
// expect: 8 2286
// expect: [Draw { red: 4, green: 0, blue: 3 }, Draw { red: 1, green: 2, blue: 6 }, Draw { red: 0, green: 2, blue: 0 }]
