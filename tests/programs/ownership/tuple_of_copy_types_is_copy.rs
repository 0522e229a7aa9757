// A tuple of Copy types is itself Copy, so it can be used after assignment.
fn main() {
    let p = (3, 4.5);
    let q = p;
    println!("{:?} {:?}", p, q);
}
// expect: (3, 4.5) (3, 4.5)
