// A guard is checked before its arm is chosen, so a reference read in a later arm is still reachable from a failed guard; but the arm bodies exclude each other.
fn main() {
    let mut v = vec![3, 1];
    let big = v.iter().max().copied();
    let r = &v[1];
    match big {
        Some(n) if n > 5 => v.push(n),
        Some(_) => println!("small, {}", r),
        None => {}
    }
    println!("{:?}", v);
}
// expect: small, 1
// expect: [3, 1]
