// `Ok` and `Err` are functions too: each wraps its argument in the Result the context names.
fn main() {
    let good: Vec<Result<i32, String>> = vec![1, 2].into_iter().map(Ok).collect();
    let bad: Vec<Result<i32, String>> = vec!["e"].into_iter().map(String::from).map(Err).collect();
    println!("{:?} {:?}", good, bad);
}
// expect: [Ok(1), Ok(2)] [Err("e")]
