// filter, map, take and collect on a range, plus sum of squares of odd numbers.
fn main() {
    let evens: Vec<u32> = (1..=20).filter(|n| n % 2 == 0).map(|n| n * n).take(5).collect();
    println!("{:?}", evens);
    let odd_sq: u32 = (1..10).filter(|n| n % 2 == 1).map(|n| n * n).sum();
    println!("sum of odd squares: {}", odd_sq);
    let words = vec!["apple", "bob", "kayak", "rust"];
    let pals: Vec<&str> = words
        .iter()
        .filter(|w| w.chars().rev().collect::<String>() == **w)
        .copied()
        .collect();
    println!("{:?}", pals);
}
// expect: [4, 16, 36, 64, 100]
// expect: sum of odd squares: 165
// expect: ["bob", "kayak"]
