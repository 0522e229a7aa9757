// Counting increases with windows(2), and of three-wide sums via windows(3) then zip with skip(1).
fn main() {
    let depths: Vec<i64> = "199 200 208 210 200 207 240 269 260 263"
        .split_whitespace()
        .map(|s| s.parse().unwrap())
        .collect();
    let inc = depths.windows(2).filter(|w| w[1] > w[0]).count();
    let sums: Vec<i64> = depths.windows(3).map(|w| w.iter().sum()).collect();
    let inc3 = sums.iter().zip(sums.iter().skip(1)).filter(|(a, b)| b > a).count();
    println!("{inc} {inc3}");
}
// expect: 7 5
