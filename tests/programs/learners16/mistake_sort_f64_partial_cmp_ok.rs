// Sorting a Vec<f64> with sort_by(|a, b| a.partial_cmp(b).unwrap()) and total_cmp.
fn main() {
    let mut v: Vec<f64> = vec![2.5, 1.0, 3.25, -0.5];
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", v);
    v.sort_by(|a, b| b.total_cmp(a));
    println!("{:?}", v);
}
// expect: [-0.5, 1.0, 2.5, 3.25]
// expect: [3.25, 2.5, 1.0, -0.5]
