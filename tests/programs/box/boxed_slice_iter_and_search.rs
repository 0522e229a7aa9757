// A `Box<[i32]>` has the slice's methods through deref: iter, contains, first, last, and a `for` over `.iter()`.
fn main() {
    let b: Box<[i32]> = vec![3, 1, 4].into_boxed_slice();
    let total: i32 = b.iter().sum();
    println!("{} {} {:?} {:?}", total, b.contains(&4), b.first(), b.last());
    for x in b.iter() {
        println!("{}", x * 10);
    }
}
// expect: 8 true Some(3) Some(4)
// expect: 30
// expect: 10
// expect: 40
