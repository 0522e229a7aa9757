// `Clone::clone(&p)` of the learner's type without Clone: E0277 at the argument.
struct P(i32);
fn main() {
    let p = P(1);
    let q = Clone::clone(&p);
    println!("{}", q.0);
}
// error: E0277 at 5:26
