// A struct that derives only PartialOrd has no Ord, so `sort` on a Vec of it is E0277 at the method name.
#[derive(PartialEq, PartialOrd)]
struct Score(u32);
fn main() {
    let mut v = vec![Score(3), Score(1)];
    v.sort();
    println!("{}", v[0].0);
}
// error: E0277 at 6:7
