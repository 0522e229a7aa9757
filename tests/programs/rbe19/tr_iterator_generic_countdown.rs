// An Iterator impl with a custom struct, used with adapters: map, filter, sum and collect.
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

fn main() {
    let v: Vec<u32> = Countdown { n: 5 }.collect();
    println!("{:?}", v);
    let s: u32 = Countdown { n: 10 }.filter(|x| x % 3 == 0).map(|x| x * x).sum();
    println!("{}", s);
    let mut c = Countdown { n: 2 };
    println!("{:?} {:?} {:?}", c.next(), c.next(), c.next());
    for (i, x) in (Countdown { n: 3 }).enumerate() {
        println!("{} {}", i, x);
    }
}
// expect: [5, 4, 3, 2, 1]
// expect: 126
// expect: Some(2) Some(1) None
// expect: 0 3
// expect: 1 2
// expect: 2 1
