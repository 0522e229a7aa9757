// A function returns `(1..=n).map(|x| x * x)` as `impl Iterator<Item = u32>`: the caller sums it, loops over it and keeps it.
fn squares(n: u32) -> impl Iterator<Item = u32> {
    (1..=n).map(|x| x * x)
}

fn main() {
    let total: u32 = squares(4).sum();
    println!("{}", total);
    for s in squares(3) {
        println!("{}", s);
    }
    let mut it = squares(2);
    println!("{:?} {:?} {:?}", it.next(), it.next(), it.next());
}
// expect: 30
// expect: 1
// expect: 4
// expect: 9
// expect: Some(1) Some(4) None
