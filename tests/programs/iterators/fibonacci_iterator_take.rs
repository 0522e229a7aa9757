// An endless Fibonacci iterator implemented by hand, used with take, filter, last and in a for loop with break.
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
    println!("{:?}", first);
    let even_sum: u64 = fib().take_while(|&x| x < 100).filter(|x| x % 2 == 0).sum();
    println!("{}", even_sum);
    for (i, x) in fib().enumerate() {
        if x > 50 {
            println!("first above 50: #{} = {}", i, x);
            break;
        }
    }
    println!("{:?}", fib().skip(5).step_by(2).take(3).last());
}
// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
// expect: 44
// expect: first above 50: #10 = 55
// expect: Some(34)
