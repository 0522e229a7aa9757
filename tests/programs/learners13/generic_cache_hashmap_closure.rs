// A memoizing cache generic over its function: Cache<F: Fn(u64) -> u64> with a HashMap, counting real calls.
use std::collections::HashMap;

struct Cache<F: Fn(u64) -> u64> {
    f: F,
    memo: HashMap<u64, u64>,
    calls: u32,
}

impl<F: Fn(u64) -> u64> Cache<F> {
    fn new(f: F) -> Self {
        Cache { f, memo: HashMap::new(), calls: 0 }
    }
    fn get(&mut self, x: u64) -> u64 {
        if let Some(&v) = self.memo.get(&x) {
            return v;
        }
        self.calls += 1;
        let v = (self.f)(x);
        self.memo.insert(x, v);
        v
    }
}

fn main() {
    let mut sq = Cache::new(|x| {
        println!("  computing {}", x);
        x * x
    });
    for x in [3, 4, 3, 3, 4, 5] {
        println!("{} -> {}", x, sq.get(x));
    }
    println!("{} real calls, {} cached", sq.calls, sq.memo.len());
}
// expect:   computing 3
// expect: 3 -> 9
// expect:   computing 4
// expect: 4 -> 16
// expect: 3 -> 9
// expect: 3 -> 9
// expect: 4 -> 16
// expect:   computing 5
// expect: 5 -> 25
// expect: 3 real calls, 3 cached
