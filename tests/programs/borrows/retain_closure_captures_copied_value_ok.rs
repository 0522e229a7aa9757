// Copying the value out first (`let x = *v.iter().max().unwrap();`) lets the closure given to retain run.
fn main() {
    let mut v = vec![3, 1, 2, 3];
    let x = *v.iter().max().unwrap();
    v.retain(|&e| e != x);
    let mut seen = Vec::new();
    v.retain(|e| {
        seen.push(*e);
        *e > 1
    });
    println!("{:?} {:?}", v, seen);
}
// expect: [2] [1, 2]
