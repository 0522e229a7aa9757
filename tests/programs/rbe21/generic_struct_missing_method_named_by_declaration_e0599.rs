// A method no impl gives the learner's generic struct, called on an instance: rustc names the struct by its declaration (`Pair<T>`), not by the instance (`Pair<{integer}>`).
struct Pair<T> {
    a: T,
    b: T,
}
impl<T: PartialOrd + Copy> Pair<T> {
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}
fn main() {
    let p = Pair { a: 3, b: 7 };
    println!("{}", p.larger());
    println!("{}", p.smaller());
}
// error: E0599 at 14:22
