// The book's Counter implementing Iterator, then zip/skip/map/filter/sum over two of them.
#[derive(Debug)]
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

fn main() {
    let mut c = Counter::new();
    println!("{:?}", c);
    println!("{:?} {:?}", c.next(), c.next());
    println!("{:?}", c);

    let pairs: Vec<(u32, u32)> = Counter::new().zip(Counter::new().skip(1)).collect();
    println!("pairs: {:?}", pairs);
    let products: Vec<u32> = pairs.iter().map(|(a, b)| a * b).collect();
    println!("products: {:?}", products);
    let sum: u32 = Counter::new()
        .zip(Counter::new().skip(1))
        .map(|(a, b)| a * b)
        .filter(|x| x % 3 == 0)
        .sum();
    println!("sum = {}", sum);
    assert_eq!(18, sum);
}
// expect: Counter { count: 0 }
// expect: Some(1) Some(2)
// expect: Counter { count: 2 }
// expect: pairs: [(1, 2), (2, 3), (3, 4), (4, 5)]
// expect: products: [2, 6, 12, 20]
// expect: sum = 18
