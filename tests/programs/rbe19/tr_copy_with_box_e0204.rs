// Deriving Copy for a struct holding a Box is E0204.
#[derive(Clone, Copy)]
struct Pair(Box<i32>, Box<i32>);

fn main() {
    let p = Pair(Box::new(1), Box::new(2));
    let _q = p;
}
// error: E0204 at 3:8
