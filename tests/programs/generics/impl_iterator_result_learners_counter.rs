// A `-> impl Iterator<Item = u32>` made of the learner's Counter is summed, kept and advanced by its callers; `I: Iterator` with a Debug Item takes it too.
struct Counter { n: u32 }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 3 { self.n += 1; Some(self.n) } else { None }
    }
}
fn counter() -> impl Iterator<Item = u32> {
    Counter { n: 0 }
}
fn show<I: Iterator>(it: I) -> usize where I::Item: std::fmt::Debug {
    let mut n = 0;
    for x in it { println!("{:?}", x); n += 1; }
    n
}
fn main() {
    let s: u32 = counter().sum();
    let mut c = counter();
    println!("{} {:?}", s, c.next());
    let rest: Vec<u32> = c.collect();
    println!("{:?}", rest);
    println!("{}", show("ab".chars()));
    println!("{}", show(counter()));
    let v = vec![String::from("a")];
    println!("{}", show(v.iter()));
}
// expect: 6 Some(1)
// expect: [2, 3]
// expect: 'a'
// expect: 'b'
// expect: 2
// expect: 1
// expect: 2
// expect: 3
// expect: 3
// expect: "a"
// expect: 1
