// Using HashMap without importing it is E0433.
fn main() {
    let mut m = HashMap::new();
    m.insert(1, 2);
    println!("{:?}", m);
}
// error: E0433 at 3:17
