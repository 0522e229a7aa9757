// Inserting 100 numbers grows the table 4, 8, 16, 32, 64, 128 buckets, each growth a new allocation and a free of the old one.
use std::collections::HashMap;

fn main() {
    let mut squares: HashMap<u32, u32> = HashMap::new();
    let mut last = 0;
    for i in 0..100 {
        squares.insert(i, i * i);
        if squares.capacity() != last {
            last = squares.capacity();
            println!("{} entries, capacity {}", squares.len(), last);
        }
    }
    println!("{:?}", squares.get(&99));
}
// expect: 1 entries, capacity 3
// expect: 4 entries, capacity 7
// expect: 8 entries, capacity 14
// expect: 15 entries, capacity 28
// expect: 29 entries, capacity 56
// expect: 57 entries, capacity 112
// expect: Some(9801)
