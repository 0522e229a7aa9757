// An explicit panic! in a helper and unwrap on None at its own line.
fn pick(v: &[i32], i: usize) -> i32 {
    if i >= v.len() {
        panic!("index {} out of range for {} items", i, v.len());
    }
    v[i]
}

fn main() {
    let v = [1, 2, 3];
    println!("{}", pick(&v, 1));
    let found = v.iter().position(|&x| x == 3);
    println!("{found:?}");
    let missing = v.iter().position(|&x| x == 9).unwrap();
    println!("{missing}");
}
// expect: 2
// expect: Some(2)
// panic: called `Option::unwrap()` on a `None` value
// panic-at: 14:50
