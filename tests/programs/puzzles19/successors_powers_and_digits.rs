// std::iter::successors to walk digits of a number and powers of two until overflow (checked_mul returns None).
fn main() {
    let digits: Vec<u64> = std::iter::successors(Some(9075u64), |&n| (n >= 10).then(|| n / 10))
        .map(|n| n % 10)
        .collect();
    println!("{:?}", digits);
    let count = std::iter::successors(Some(1u32), |&p| p.checked_mul(2)).count();
    println!("{count}");
}
// expect: [5, 7, 0, 9]
// expect: 32
