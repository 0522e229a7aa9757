// `m[i]` and `m[i] = v` on a learner's wrapper with Deref/DerefMut to a Vec index the Vec, as rustc's autoderef does.
use std::ops::{Deref, DerefMut};

struct Scores(Vec<u32>);

impl Deref for Scores {
    type Target = Vec<u32>;
    fn deref(&self) -> &Vec<u32> {
        &self.0
    }
}

impl DerefMut for Scores {
    fn deref_mut(&mut self) -> &mut Vec<u32> {
        &mut self.0
    }
}

fn main() {
    let mut s = Scores(vec![10, 20, 30]);
    s[1] = 25;
    s[2] += 5;
    let first = s[0];
    println!("{} {:?} {:?}", first, &s[1..], *s);
}
// expect: 10 [25, 35] [10, 25, 35]
