// A function returning an iterator chain (`impl Iterator`) is named as not supported, never a wrong answer.
fn evens(v: &[i32]) -> impl Iterator<Item = &i32> + '_ {
    v.iter().filter(|x| **x % 2 == 0)
}
fn main() {
    let v = vec![1, 2, 3, 4];
    for x in evens(&v) { println!("{}", x); }
}
// expect: 2
// expect: 4
// unsupported: a chain of iterator adapters passed, returned or stored as a value
