// A struct implementing Iterator (Fibonacci with checked_add ending the sequence), used with take_while, filter, sum, last and count.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let out = self.a;
        let next = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = next;
        Some(out)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

fn main() {
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("even sum: {}", even_sum);
    println!("first ten: {:?}", fib().take(10).collect::<Vec<_>>());
    println!("how many fit in u64: {}", fib().count());
    println!("largest: {:?}", fib().last());
    let first_big = fib().enumerate().find(|(_, x)| x.to_string().len() >= 10);
    println!("first with 10 digits: {:?}", first_big);
}
// expect: even sum: 4613732
// expect: first ten: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
// expect: how many fit in u64: 92
// expect: largest: Some(4660046610375530309)
// expect: first with 10 digits: Some((45, 1134903170))
