// A learner's Fibonacci iterator with take, take_while, enumerate, last, count and max.
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
    let first: Vec<u64> = fib().take(10).collect();
    println!("first ten: {:?}", first);
    let small: Vec<u64> = fib().take_while(|&x| x < 50).collect();
    println!("under 50: {:?}", small);
    for (i, f) in fib().enumerate().skip(5).take(3) {
        println!("fib({}) = {}", i, f);
    }
    println!("count of evens under 1000: {}", fib().take_while(|&x| x < 1000).filter(|x| x % 2 == 0).count());
    println!("last under 100: {:?}", fib().take_while(|&x| x < 100).last());
    println!("max of first 12: {:?}", fib().take(12).max());
    let total: u64 = fib().skip(1).step_by(2).take(5).sum();
    println!("total = {}", total);
}
// expect: first ten: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
// expect: under 50: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
// expect: fib(5) = 5
// expect: fib(6) = 8
// expect: fib(7) = 13
// expect: count of evens under 1000: 6
// expect: last under 100: Some(89)
// expect: max of first 12: Some(89)
// expect: total = 55
