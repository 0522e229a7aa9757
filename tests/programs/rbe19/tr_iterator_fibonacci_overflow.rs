// An endless Fibonacci iterator of u32 collected without a take overflows and panics in next.
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

fn main() {
    let mut n = 0;
    for v in (Fibonacci { curr: 0, next: 1 }) {
        n += 1;
        if n % 10 == 0 {
            println!("{} {}", n, v);
        }
    }
}
// expect: 10 34
// expect: 20 4181
// expect: 30 514229
// expect: 40 63245986
// panic: attempt to add with overflow
// panic-at: 13:21
