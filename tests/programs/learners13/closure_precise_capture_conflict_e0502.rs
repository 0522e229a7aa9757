// A closure mutably capturing game.score conflicts with reading game.score while it lives: E0502.
struct Game {
    name: String,
    score: u32,
}

fn main() {
    let mut game = Game { name: String::from("go"), score: 0 };
    let mut add = |n: u32| game.score += n;
    println!("{} {}", game.name, game.score);
    add(1);
}
// error: E0502 at 10:34
