// `rev` of a kept `enumerate` (which needs its iterator's exact size) is said to be not supported yet, never run wrong.
fn main() {
    let v = vec![1, 2];
    let e = v.iter().enumerate();
    let r: Vec<(usize, &i32)> = e.rev().collect();
    println!("{:?}", r);
}
// expect: [(1, 2), (0, 1)]
// unsupported: `rev` of a kept adapter (`enumerate`, `skip`, `take`, `peekable`, `zip`, `chain`, ...) at 5:35
