// assert! with a message and assert_eq! failing with left/right shown.
fn main() {
    let balance = 10;
    assert!(balance >= 0, "balance went negative: {}", balance);
    let total: i32 = [1, 2, 3].iter().sum();
    assert_eq!(total, 7, "sum mismatch");
    println!("unreachable");
}
// panic: assertion `left == right` failed: sum mismatch
// panic-at: 6:5
