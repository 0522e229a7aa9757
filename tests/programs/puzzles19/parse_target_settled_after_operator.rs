// A parse's target used in arithmetic before a later line names it: the operator waits, then both sides are u8 (10 and 5).
fn main() {
    let n = "5".parse().unwrap();
    let k = 2 * n;
    let j: u8 = n;
    println!("{k} {j}");
}
// expect: 10 5
