// Boxed closures borrowing a local Vec (Box<dyn Fn() -> usize + '_>), called through an iterator while the Vec is still read.
fn main() {
    let data = vec![1, 2, 3];
    let mut checks: Vec<Box<dyn Fn() -> usize + '_>> = Vec::new();
    checks.push(Box::new(|| data.len()));
    checks.push(Box::new(|| data.iter().sum::<i32>() as usize));
    let results: Vec<usize> = checks.iter().map(|c| c()).collect();
    println!("{:?} {:?}", results, data);
}
// expect: [3, 6] [1, 2, 3]
