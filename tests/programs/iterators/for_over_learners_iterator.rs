// A for loop over the learner's own Iterator calls its next until None; a collect of it grows from 4 (its size hint is (0, None)).
struct Countdown(u8);
impl Iterator for Countdown {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.0 == 0 {
            return None;
        }
        self.0 -= 1;
        Some(self.0)
    }
}
fn main() {
    for n in Countdown(3) {
        println!("{}", n);
    }
    let v: Vec<u8> = Countdown(6).collect();
    println!("{:?} cap {}", v, v.capacity());
}
// expect: 2
// expect: 1
// expect: 0
// expect: [5, 4, 3, 2, 1, 0] cap 8
