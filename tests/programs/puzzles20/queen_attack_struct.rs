// Queen attack (Exercism): an Option-returning constructor checked with ranges' contains, attacks by equal rank, file or diagonal distance.
#[derive(Debug)]
struct ChessPosition {
    rank: i32,
    file: i32,
}

#[derive(Debug)]
struct Queen {
    pos: ChessPosition,
}

impl ChessPosition {
    fn new(rank: i32, file: i32) -> Option<Self> {
        if (0..8).contains(&rank) && (0..8).contains(&file) {
            Some(ChessPosition { rank, file })
        } else {
            None
        }
    }
}

impl Queen {
    fn new(pos: ChessPosition) -> Self {
        Queen { pos }
    }
    fn can_attack(&self, other: &Queen) -> bool {
        let dr = (self.pos.rank - other.pos.rank).abs();
        let df = (self.pos.file - other.pos.file).abs();
        dr == 0 || df == 0 || dr == df
    }
}

fn main() {
    println!("{:?}", ChessPosition::new(8, 2));
    let a = Queen::new(ChessPosition::new(2, 3).unwrap());
    for (r, f) in [(4, 5), (2, 7), (5, 3), (7, 6)] {
        let b = Queen::new(ChessPosition::new(r, f).unwrap());
        println!("{:?} {}", b, a.can_attack(&b));
    }
}
// expect: None
// expect: Queen { pos: ChessPosition { rank: 4, file: 5 } } true
// expect: Queen { pos: ChessPosition { rank: 2, file: 7 } } true
// expect: Queen { pos: ChessPosition { rank: 5, file: 3 } } true
// expect: Queen { pos: ChessPosition { rank: 7, file: 6 } } false
