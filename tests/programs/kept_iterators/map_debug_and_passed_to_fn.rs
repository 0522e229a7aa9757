// A kept Map is passed by value to a function taking `impl Iterator<Item = i32>`; `{:?}` prints std's `Map { iter: .. }`.
fn total(it: impl Iterator<Item = i32>) -> i32 {
    let mut t = 0;
    for x in it {
        t += x;
    }
    t
}

fn main() {
    let v = vec![1, 2, 3];
    let m = v.iter().map(|x| x * 10);
    println!("{:?}", m);
    println!("{}", total(m));
    let f = (1..7).filter(|x| x % 3 == 0);
    println!("{:?}", f);
    println!("{}", total(f));
}
// expect: Map { iter: Iter([1, 2, 3]) }
// expect: 60
// expect: Filter { iter: 1..7 }
// expect: 9
