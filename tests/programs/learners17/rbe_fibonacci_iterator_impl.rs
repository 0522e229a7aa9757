// Rust-by-Example-style: `impl Iterator for Fibonacci` with next(), then take, skip and a for loop over it.
struct Fibonacci {
    curr: u32,
    next: u32,
}

impl Iterator for Fibonacci {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        let current = self.curr;
        self.curr = self.next;
        self.next = current + self.next;
        Some(current)
    }
}

fn fibonacci() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
}

fn main() {
    let mut fib = fibonacci();
    println!("> {:?}", fib.next());
    println!("> {:?}", fib.next());
    println!("> {:?}", fib.next());
    for i in fibonacci().take(4) {
        println!("> {}", i);
    }
    for i in fibonacci().skip(4).take(4) {
        println!("> {}", i);
    }
    let total: u32 = fibonacci().take_while(|&x| x < 100).sum();
    println!("sum {}", total);
}
// expect: > Some(0)
// expect: > Some(1)
// expect: > Some(1)
// expect: > 0
// expect: > 1
// expect: > 1
// expect: > 2
// expect: > 3
// expect: > 5
// expect: > 8
// expect: > 13
// expect: sum 232
