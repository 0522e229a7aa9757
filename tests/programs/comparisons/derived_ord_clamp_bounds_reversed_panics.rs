// `clamp` on a struct deriving Ord with min above max panics inside core, as for std's own types.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Lvl(u8);
fn main() {
    let x = Lvl(5).clamp(Lvl(9), Lvl(1));
    println!("{:?}", x);
}
// panic: assertion failed: min <= max
// panic-at: library/core/src/cmp.rs:1102:9
