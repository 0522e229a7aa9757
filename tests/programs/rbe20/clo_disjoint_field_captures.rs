// Closures capture only the fields they use (edition 2021): one reads self.names while self.scores is pushed, one bumps point.0 while point.1 is borrowed.
struct Game {
    names: Vec<String>,
    scores: Vec<u32>,
}

impl Game {
    fn record(&mut self) {
        let count_names = || self.names.len();
        self.scores.push(count_names() as u32);
        let n = count_names();
        println!("{} names, scores {:?}", n, self.scores);
    }
}

fn main() {
    let mut g = Game { names: vec!["a".into(), "b".into()], scores: vec![] };
    g.record();
    let mut point = (1, 2);
    let mut bump_x = || point.0 += 1;
    let y = &point.1;
    bump_x();
    println!("{} {:?}", y, point);
}
// expect: 2 names, scores [2]
// expect: 2 (2, 2)
