// A function returning `impl Iterator<Item = u32>` hands back the learner's iterator type; the caller calls `next` through the trait.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn countdown(n: u32) -> impl Iterator<Item = u32> {
    Countdown { n }
}

fn main() {
    let mut c = countdown(3);
    while let Some(x) = c.next() {
        println!("{}", x);
    }
}
// expect: 3
// expect: 2
// expect: 1
