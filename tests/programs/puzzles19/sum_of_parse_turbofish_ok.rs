// With parse::<i32>() (or a typed closure result) the sum's items are known and the sum compiles.
fn main() {
    let input = "3 4 5";
    let total: i32 = input.split(' ').map(|s| s.parse::<i32>().unwrap()).sum();
    let doubled: i64 = input.split(' ').map(|s| -> i64 { s.parse().unwrap() }).map(|n| n * 2).sum();
    let refs: u32 = [1u32, 2, 3].iter().sum();
    println!("{total} {doubled} {refs}");
}
// expect: 12 24 6
