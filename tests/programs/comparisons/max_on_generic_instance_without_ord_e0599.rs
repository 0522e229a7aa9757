// A generic struct deriving Ord has `max` only where its type argument is Ord: `Pair<f64>` has not (E0599).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Pair<T>(T, T);

fn main() {
    println!("{:?}", Pair(1, 2).max(Pair(1, 3)));
    let p = Pair(1.0, 2.0).max(Pair(0.5, 9.0));
    println!("{:?}", p);
}
// error: E0599 at 7:28
// headline: differs: rustc finds Ord's method through `&T: Ord` and says it exists with unmet bounds
