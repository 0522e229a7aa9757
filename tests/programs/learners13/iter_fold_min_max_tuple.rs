// fold with a (min, max, count) tuple accumulator, and max_by with partial_cmp over floats.
fn main() {
    let temps = [21.5, 19.0, 25.25, 18.75, 22.0];
    let (lo, hi, n) = temps.iter().fold((f64::MAX, f64::MIN, 0), |(lo, hi, n), &t| {
        (if t < lo { t } else { lo }, if t > hi { t } else { hi }, n + 1)
    });
    println!("lo {} hi {} over {} readings", lo, hi, n);
    let warmest = temps.iter().max_by(|a, b| a.partial_cmp(b).unwrap()).unwrap();
    let coldest = temps.iter().min_by(|a, b| a.partial_cmp(b).unwrap()).unwrap();
    println!("{} {}", warmest, coldest);
    let idx = temps.iter().enumerate().max_by(|a, b| a.1.partial_cmp(b.1).unwrap()).map(|(i, _)| i);
    println!("{:?}", idx);
}
// expect: lo 18.75 hi 25.25 over 5 readings
// expect: 25.25 18.75
// expect: Some(2)
