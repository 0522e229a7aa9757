// Walking a Vec with `while let Some(x) = v.get(i)` stops at the first None.
fn main() {
    let v = vec!['a', 'b', 'c'];
    let mut i = 0;
    while let Some(c) = v.get(i) {
        println!("{} {}", i, c);
        i += 1;
    }
}
// expect: 0 a
// expect: 1 b
// expect: 2 c
