// `any` on the learner's own iterator in a variable advances it in place, so `next` goes on from there.
struct Counter {
    count: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.count < 6 {
            self.count += 1;
            Some(self.count)
        } else {
            None
        }
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    println!("{}", c.any(|x| x == 3));
    println!("{:?}", c.next());
    println!("{:?}", c.find(|x| x % 5 == 0));
    println!("{}", c.count);
}
// expect: true
// expect: Some(4)
// expect: Some(5)
// expect: 5
