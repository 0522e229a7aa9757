// `&mut self.players[0]` in a method is a mutable borrow of `self.players`; clearing it while the borrow is used is E0499.
struct Game {
    players: Vec<String>,
}

impl Game {
    fn rename(&mut self) {
        let p = &mut self.players[0];
        self.players.clear();
        p.push('!');
    }
}

fn main() {
    let mut g = Game { players: vec![String::from("a")] };
    g.rename();
}
// error: E0499 at 9:9
