// `step_by(0)` kept panics where std's StepBy::new asserts its step.
fn main() {
    let v = vec![1, 2];
    let mut it = v.iter().step_by(0);
    println!("{:?}", it.next());
}
// panic: assertion failed: step != 0
// panic-at: library/core/src/iter/adapters/step_by.rs:35:9
