// A long chain: enumerate, filter, map, rev over a collected Vec, skip_while, take_while, step_by.
fn main() {
    let nums: Vec<i32> = (1..=20).collect();
    let odd_squares: Vec<i32> = nums.iter().filter(|&&n| n % 2 == 1).map(|n| n * n).collect();
    println!("odd squares: {:?}", odd_squares);
    let indexed: Vec<(usize, &i32)> = nums.iter().enumerate().filter(|(i, _)| i % 5 == 0).collect();
    println!("every fifth: {:?}", indexed);
    let backwards: Vec<i32> = nums.iter().rev().step_by(4).cloned().collect();
    println!("backwards by 4: {:?}", backwards);
    let middle: Vec<&i32> = nums.iter().skip_while(|&&n| n < 8).take_while(|&&n| n < 13).collect();
    println!("middle: {:?}", middle);
    let sum_of_evens: i32 = nums.iter().copied().filter(|n| n % 2 == 0).sum();
    println!("sum of evens: {}", sum_of_evens);
    let product: u64 = (1..=10u64).product();
    println!("10! = {}", product);
    let words = ["alpha", "beta", "gamma"];
    let joined: String = words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join("-");
    println!("{}", joined);
}
// expect: odd squares: [1, 9, 25, 49, 81, 121, 169, 225, 289, 361]
// expect: every fifth: [(0, 1), (5, 6), (10, 11), (15, 16)]
// expect: backwards by 4: [20, 16, 12, 8, 4]
// expect: middle: [8, 9, 10, 11, 12]
// expect: sum of evens: 110
// expect: 10! = 3628800
// expect: ALPHA-BETA-GAMMA
