// A hand-written `impl Copy for P {}` (with Clone returning `*self`) makes P copied on assignment, as the derive does.
#[derive(Debug)]
struct P(i32);
impl Clone for P {
    fn clone(&self) -> P {
        *self
    }
}
impl Copy for P {}
fn main() {
    let a = P(1);
    let b = a;
    let c = a;
    println!("{:?} {:?} {:?}", a, b, c);
}
// expect: P(1) P(1) P(1)
