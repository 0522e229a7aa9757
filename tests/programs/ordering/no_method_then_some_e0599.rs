// Ordering has no method `unwrap`: error E0599, as rustc says.
fn main() {
    let o = 1.cmp(&2).unwrap();
    println!("{:?}", o);
}
// error: E0599 at 3:23
// headline: differs: rustc prints std's ambiguous names in full (`std::cmp::Ordering`)
