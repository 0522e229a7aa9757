// std::iter::successors for powers of two and from_fn with a captured counter, each collected.
fn main() {
    let powers: Vec<u32> = std::iter::successors(Some(1u32), |&x| if x < 100 { Some(x * 2) } else { None }).collect();
    println!("{:?}", powers);
    let mut n = 0;
    let v: Vec<i32> = std::iter::from_fn(|| {
        n += 1;
        if n <= 3 { Some(n * 10) } else { None }
    })
    .collect();
    println!("{:?}", v);
    let total: u32 = std::iter::repeat(7).take(4).sum();
    println!("{}", total);
}
// expect: [1, 2, 4, 8, 16, 32, 64, 128]
// expect: [10, 20, 30]
// expect: 28
