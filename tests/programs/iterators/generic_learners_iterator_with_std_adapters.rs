// A generic learner's Iterator (Cycle<T: Clone>) used with std's take/collect/enumerate inside main: its `next` instance is checked after main, not in the middle of it (a false E0308 at `fn main` before).
struct Cycle<T: Clone> {
    items: Vec<T>,
    pos: usize,
}

impl<T: Clone> Iterator for Cycle<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.items.is_empty() {
            return None;
        }
        let x = self.items[self.pos % self.items.len()].clone();
        self.pos += 1;
        Some(x)
    }
}

fn main() {
    let seq: String = Cycle { items: vec!['a', 'b'], pos: 0 }.take(5).collect();
    println!("{}", seq);
    let n: u32 = Cycle { items: vec![1u32, 2, 3], pos: 1 }.take(4).sum();
    println!("{}", n);
    for (i, w) in (Cycle { items: vec![String::from("x")], pos: 0 }).take(2).enumerate() {
        println!("{} {}", i, w);
    }
}
// expect: ababa
// expect: 8
// expect: 0 x
// expect: 1 x
