// Kept Rev and Copied passed as `impl Iterator<Item = i32>` to a function that pulls from them.
fn total(mut it: impl Iterator<Item = i32>) -> i32 {
    let mut sum = 0;
    while let Some(x) = it.next() {
        sum += x;
    }
    sum
}

fn main() {
    let v = vec![1, 2, 3];
    let c = v.iter().copied();
    let r = (1..=4).rev();
    println!("{} {}", total(c), total(r));
    let mut rc = v.iter().rev().copied();
    rc.next();
    println!("{:?} {}", rc, total(rc.clone()));
}
// expect: 6 10
// expect: Copied { it: Rev { iter: Iter([1, 2]) } } 3
