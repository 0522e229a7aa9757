// A function returning a Filter over its slice as `impl Iterator<Item = &i32> + '_`: the caller loops over it.
fn evens(v: &[i32]) -> impl Iterator<Item = &i32> + '_ {
    v.iter().filter(|x| **x % 2 == 0)
}
fn main() {
    let v = vec![1, 2, 3, 4];
    for x in evens(&v) { println!("{}", x); }
}
// expect: 2
// expect: 4
