// An enum holding a Vec moves as its 24 bytes (no copy of the buffer); assigning a new variant drops the old one's buffer first.
#[derive(Debug)]
enum Slot {
    Empty,
    Items(Vec<u32>),
    Pair(u8, u16),
}

fn take(s: Slot) -> usize {
    match s {
        Slot::Items(v) => v.len(),
        Slot::Pair(a, b) => a as usize + b as usize,
        Slot::Empty => 0,
    }
}

fn main() {
    let mut slot = Slot::Items(vec![1, 2, 3]);
    println!("{:?}", slot);
    slot = Slot::Pair(7, 300);
    println!("{:?}", slot);
    slot = Slot::Items(Vec::with_capacity(4));
    if let Slot::Items(v) = &mut slot {
        v.push(10);
        v.push(20);
    }
    let moved = slot;
    println!("{:?}", moved);
    println!("{}", take(moved));
    let e = Slot::Empty;
    println!("{:?} {}", e, take(Slot::Pair(1, 2)));
}
// expect: Items([1, 2, 3])
// expect: Pair(7, 300)
// expect: Items([10, 20])
// expect: 2
// expect: Empty 3
