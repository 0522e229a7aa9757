// A map that is never consumed runs nothing; collect afterwards runs the closure.
fn main() {
    let v1 = vec![1, 2, 3];
    let mut calls = 0;
    let it = v1.iter().map(|x| {
        calls += 1;
        x + 1
    });
    let v2: Vec<i32> = it.collect();
    println!("{:?} after {} calls", v2, calls);
}
// expect: [2, 3, 4] after 3 calls
