// `rev` of a kept `skip` (which needs its iterator's exact size) stays 'not supported yet' at the call, never run wrong.
fn main() {
    let v = vec![3, 4, 5];
    let s = v.iter().skip(1);
    let r: Vec<&i32> = s.rev().collect();
    println!("{:?}", r);
}
// expect: [5, 4]
// unsupported: `rev` of a kept adapter (`enumerate`, `skip`, `take`, `peekable`, `zip`, `chain`, ...) at 5:26
