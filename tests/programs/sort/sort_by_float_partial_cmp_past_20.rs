// `sort_by` of floats past 20 elements by `partial_cmp(..).unwrap()`, a comparison with no effect when no value is NaN.
fn main() {
    let mut xs: Vec<f64> = (0..25).map(|i| ((i * 17) % 23) as f64 / 4.0 - 2.5).collect();
    xs.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", &xs[..6]);
    println!("{:?}", xs.last());
}
// expect: [3.0, 2.75, 2.5, 2.25, 2.0, 1.75]
// expect: Some(-2.5)
