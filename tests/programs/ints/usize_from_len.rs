// `.len()` returns a usize, so arithmetic with it is usize arithmetic.
fn main() {
    let v = vec![10, 20, 30];
    let n = v.len();
    let doubled = n * 2;
    let next: usize = n + 1;
    println!("{} {} {}", n, doubled, next);
}
// expect: 3 6 4
