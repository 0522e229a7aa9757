// Edition 2021's precise capture: a closure borrowing game.score mutably while game.name is read outside.
#[derive(Debug)]
struct Game {
    name: String,
    score: u32,
    moves: Vec<&'static str>,
}

fn main() {
    let mut game = Game { name: String::from("chess"), score: 0, moves: vec![] };
    let mut add = |n: u32| game.score += n;
    println!("playing {}", game.name);
    add(3);
    add(4);
    game.moves.push("e4");
    println!("{:#?}", game);
    let show_moves = || game.moves.len();
    game.score *= 2;
    println!("{} moves, score {}", show_moves(), game.score);
}
// expect: playing chess
// expect: Game {
// expect:     name: "chess",
// expect:     score: 7,
// expect:     moves: [
// expect:         "e4",
// expect:     ],
// expect: }
// expect: 1 moves, score 14
