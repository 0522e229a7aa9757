// sort_by_cached_key calls its key closure exactly once per element, in the slice's order (a counter and a print show it).
fn main() {
    let mut calls = 0;
    let mut v = vec![30, 10, 20, 50, 40];
    v.sort_by_cached_key(|x| {
        calls += 1;
        println!("key of {}", x);
        -x
    });
    println!("{:?} after {} calls", v, calls);
}
// expect: key of 30
// expect: key of 10
// expect: key of 20
// expect: key of 50
// expect: key of 40
// expect: [50, 40, 30, 20, 10] after 5 calls
