// A zip kept reversed (std's Rev<Zip>, whose back shortens Zip's len) is not supported yet: the engine says so where it is kept.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut z = v.iter().zip(v.iter().skip(2)).rev();
    println!("{:?} {:?}", z.next(), z.next());
}
// expect: Some((3, 5)) Some((2, 4))
// unsupported: a chain of iterator adapters passed, returned or stored as a value at 4:17
