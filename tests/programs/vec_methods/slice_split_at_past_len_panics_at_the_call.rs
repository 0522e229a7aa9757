// split_at with mid past the length panics with core's "mid > len", reported at the call (#[track_caller]).
fn main() {
    let words = vec!["stack", "heap"];
    let mid = words.len() + 1;
    let (a, b) = words.split_at(mid);
    println!("{:?} {:?}", a, b);
}
// panic: mid > len
// panic-at: 5:24
