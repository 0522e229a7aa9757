// An Iterator impl whose next returns Option<i32> while its Item is u32: E0053 at the return type, as for the learner's own traits (std's traits' signatures are checked too).
struct Counter {
    count: u32,
}
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<i32> {
        if self.count < 5 {
            self.count += 1;
            Some(self.count as i32)
        } else {
            None
        }
    }
}
fn main() {
    let c = Counter { count: 0 };
    for x in c {
        println!("{x}");
    }
}
// error: E0053 at 7:27
