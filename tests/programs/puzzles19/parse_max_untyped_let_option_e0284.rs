// The max of unannotated parses kept in `let best = ...max();`: E0284 names the binding's type, `Option<_>`.
fn main() {
    let best = "3 9 4".split(' ').map(|s| s.parse().unwrap()).max();
    println!("{:?}", best);
}
// error: E0284 at 3:9
