// The Rust book's Counter: zip with a skip of itself, map, filter and sum; a function returning it as `impl Iterator`, chained with another (the argument an `impl Iterator` value).
struct Counter {
    count: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0 }
    }
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn counter() -> impl Iterator<Item = u32> {
    Counter::new()
}

fn main() {
    let sum: u32 = Counter::new()
        .zip(Counter::new().skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("{}", sum);
    for (a, b) in Counter::new().zip(Counter::new().skip(1)) {
        print!("({}, {}) ", a, b);
    }
    println!();
    let c = counter();
    let v: Vec<u32> = c.map(|x| x * 10).collect();
    println!("{:?}", v);
    let mut it = counter();
    println!("{:?} {:?}", it.next(), it.size_hint());
    let total: u32 = counter().chain(counter()).sum();
    println!("{}", total);
}
// expect: 18
// expect: (1, 2) (2, 3) (3, 4) (4, 5) 
// expect: [10, 20, 30, 40, 50]
// expect: Some(1) (0, None)
// expect: 30
