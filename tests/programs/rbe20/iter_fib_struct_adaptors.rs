// A Fibonacci struct implementing Iterator, driven by take_while, last, filter+sum, zip with a skipped copy of itself, nth and count.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

fn main() {
    let below_100: Vec<u64> = fib().take_while(|&x| x < 100).collect();
    println!("{:?}", below_100);
    let last = fib().take_while(|&x| x < 1000).last();
    println!("{:?}", last);
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("{}", even_sum);
    let pairs: Vec<(u64, u64)> = fib().zip(fib().skip(1)).skip(3).take(3).collect();
    println!("{:?}", pairs);
    println!("{:?}", fib().nth(10));
    println!("{}", fib().take(10).count());
}
// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
// expect: Some(987)
// expect: 4613732
// expect: [(2, 3), (3, 5), (5, 8)]
// expect: Some(55)
// expect: 10
