// `a.iter().chain(b.iter())` kept in a variable (std's Chain of two Options) is not supported yet: the engine says so at its span.
fn main() {
    let a = vec![1, 2];
    let b = vec![3];
    let mut all = a.iter().chain(b.iter());
    println!("{:?}", all.next());
}
// expect: Some(1)
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 5:19
