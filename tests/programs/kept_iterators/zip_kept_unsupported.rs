// `a.iter().zip(b.iter())` kept in a variable (std's Zip with its index and lengths) is not supported yet: the engine says so at its span.
fn main() {
    let a = vec![1, 2];
    let b = vec!['x', 'y'];
    let mut pairs = a.iter().zip(b.iter());
    println!("{:?}", pairs.next());
}
// expect: Some((1, 'x'))
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 5:21
