// `v.push(&7)` in a loop pushes a reference to one promoted static, not to a temporary that dies with the statement: the Vec reads 7 twice.
fn main() {
    let mut v: Vec<&i32> = Vec::new();
    for _ in 0..2 {
        v.push(&7);
    }
    let total: i32 = v.iter().map(|r| **r).sum();
    println!("{:?} {}", v, total);
}
// expect: [7, 7] 14
