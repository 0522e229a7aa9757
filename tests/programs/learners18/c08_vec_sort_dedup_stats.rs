// Mean, range, sorted unique values and a histogram with repeat, over a Vec<u32>.
fn main() {
    let data: Vec<u32> = vec![4, 8, 15, 16, 23, 42, 8, 4, 4];
    let mean = data.iter().sum::<u32>() as f64 / data.len() as f64;
    println!("mean {mean:.3}");
    let mut uniq = data.clone();
    uniq.sort_unstable();
    uniq.dedup();
    println!("{uniq:?}");
    let (lo, hi) = (uniq.first().unwrap(), uniq.last().unwrap());
    println!("range {}", hi - lo);
    for v in &uniq {
        let n = data.iter().filter(|&&x| x == *v).count();
        println!("{v:>3} {}", "*".repeat(n));
    }
    println!("{}", data.contains(&42));
}
// expect: mean 13.778
// expect: [4, 8, 15, 16, 23, 42]
// expect: range 38
// expect:   4 ***
// expect:   8 **
// expect:  15 *
// expect:  16 *
// expect:  23 *
// expect:  42 *
// expect: true
