// A generic function taking I: Iterator<Item = i32> called with a range, a Vec's into_iter and a learner's iterator.
struct Countdown(i32);

impl Iterator for Countdown {
    type Item = i32;
    fn next(&mut self) -> Option<i32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn stats<I: Iterator<Item = i32>>(it: I) -> (i32, i32, usize) {
    let mut min = i32::MAX;
    let mut max = i32::MIN;
    let mut n = 0;
    for x in it {
        min = min.min(x);
        max = max.max(x);
        n += 1;
    }
    (min, max, n)
}

fn main() {
    println!("{:?}", stats(1..=5));
    println!("{:?}", stats(vec![-3, 10, 4].into_iter()));
    println!("{:?}", stats(Countdown(4)));
    let c: Vec<i32> = Countdown(3).collect();
    println!("{:?}", c);
}
// expect: (1, 5, 5)
// expect: (-3, 10, 3)
// expect: (1, 4, 4)
// expect: [3, 2, 1]
