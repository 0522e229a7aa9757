// `max` on a struct that derives only PartialOrd: Ord's method does not exist for it (E0599).
#[derive(Debug, PartialEq, PartialOrd)]
struct Temp(f64);

fn main() {
    let t = Temp(1.5).max(Temp(2.5));
    println!("{:?}", t);
}
// error: E0599 at 6:23
// headline: differs: rustc finds Ord's method through `&T: Ord` and says it exists with unmet bounds
