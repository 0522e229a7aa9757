// Collecting parse results into Result<Vec<_>, _> and Option<Vec<_>>, the first failure stopping it.
fn main() {
    let good = vec!["1", "22", "333"];
    let bad = vec!["4", "x", "6"];
    let r1: Result<Vec<i32>, _> = good.iter().map(|s| s.parse::<i32>()).collect();
    println!("{:?}", r1);
    let r2: Result<Vec<i32>, std::num::ParseIntError> = bad.iter().map(|s| s.parse::<i32>()).collect();
    match &r2 {
        Ok(v) => println!("all good {:?}", v),
        Err(e) => println!("failed: {}", e),
    }
    let halves: Option<Vec<i32>> = vec![2, 4, 6].into_iter().map(|n| if n % 2 == 0 { Some(n / 2) } else { None }).collect();
    println!("{:?}", halves);
    let halves2: Option<Vec<i32>> = vec![2, 3].into_iter().map(|n| if n % 2 == 0 { Some(n / 2) } else { None }).collect();
    println!("{:?}", halves2);
    let total: i32 = good.iter().filter_map(|s| s.parse::<i32>().ok()).sum();
    println!("total {}", total);
}
// expect: Ok([1, 22, 333])
// expect: failed: invalid digit found in string
// expect: Some([1, 2, 3])
// expect: None
// expect: total 356
