// A closure argument that only reads what the receiver's chain borrows shares it: accepted, and run in order.
fn main() {
    let v = vec![1, 2, 3];
    let total: i32 = v.iter().map(|x| x * v.len() as i32).sum();
    println!("{}", total);
    let mut log = Vec::new();
    v.iter().for_each(|x| log.push(x * 10));
    println!("{:?} {:?}", v, log);
}
// expect: 18
// expect: [1, 2, 3] [10, 20, 30]
