// A Windows kept in a struct field drives the learner's own iterator; nth on a kept Windows or Chunks skips ahead, and past the end std's nth leaves the slice empty.
struct Pairs<'a> {
    windows: std::slice::Windows<'a, i32>,
    seen: usize,
}

impl<'a> Iterator for Pairs<'a> {
    type Item = (i32, i32);
    fn next(&mut self) -> Option<(i32, i32)> {
        let w = self.windows.next()?;
        self.seen += 1;
        Some((w[0], w[1]))
    }
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let mut pairs = Pairs { windows: v.windows(2), seen: 0 };
    println!("{:?}", pairs.next());
    let second = pairs.next();
    println!("{:?} seen {}", second, pairs.seen);
    let mut triples = v.windows(3);
    println!("{:?} {:?}", triples.size_hint(), triples.nth(1));
    println!("{:?} {:?}", triples.nth(5), triples);
    let mut chunks = v.chunks(3);
    println!("{:?} {:?}", chunks.nth(1), chunks);
    println!("{:?} {:?}", chunks.nth(0), chunks);
}
// expect: Some((1, 2))
// expect: Some((2, 3)) seen 2
// expect: (2, Some(2)) Some([2, 3, 4])
// expect: None Windows { v: [], size: 3 }
// expect: Some([4]) Chunks { v: [], chunk_size: 3 }
// expect: None Chunks { v: [], chunk_size: 3 }
