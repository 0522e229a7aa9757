// A Fibonacci struct implementing Iterator, used with take_while, filter, sum, skip, step_by, take, and find leaving the rest.
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

fn main() {
    let even_sum: u64 = Fib { a: 1, b: 2 }.take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("{}", even_sum);
    let first: Vec<u64> = Fib { a: 0, b: 1 }.skip(5).step_by(2).take(5).collect();
    println!("{:?}", first);
    let mut f = Fib { a: 0, b: 1 };
    let big = f.find(|&x| x > 1000);
    println!("{:?} {:?}", big, f.next());
}
// expect: 4613732
// expect: [5, 13, 34, 89, 233]
// expect: Some(1597) Some(2584)
