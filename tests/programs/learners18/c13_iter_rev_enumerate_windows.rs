// rev().enumerate(), windows(2) differences, chunks sums, and zip with skip(1) for rising pairs.
fn main() {
    let temps = [3, 5, 4, 8, 8, 10];
    for (i, t) in temps.iter().rev().enumerate().take(3) {
        println!("{i}: {t}");
    }
    let diffs: Vec<i32> = temps.windows(2).map(|w| w[1] - w[0]).collect();
    println!("{diffs:?}");
    let sums: Vec<i32> = temps.chunks(4).map(|c| c.iter().sum()).collect();
    println!("{sums:?}");
    let rising = temps.iter().zip(temps.iter().skip(1)).filter(|(a, b)| b > a).count();
    println!("{rising}");
    let min = temps.iter().copied().min().unwrap_or_default();
    let idx_max = temps.iter().enumerate().max_by_key(|(_, &t)| t).map(|(i, _)| i);
    println!("{min} {idx_max:?}");
}
// expect: 0: 10
// expect: 1: 8
// expect: 2: 8
// expect: [2, -1, 4, 0, 2]
// expect: [20, 18]
// expect: 3
// expect: 3 Some(5)
