// Mean, variance and the geometric mean of f64s with sum, map and product, printed to 3 places.
fn main() {
    let data = vec![2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    let n = data.len() as f64;
    let mean = data.iter().sum::<f64>() / n;
    let var = data.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n;
    println!("mean {:.3} variance {:.3} sd {:.3}", mean, var, var.sqrt());
    let prod: f64 = data.iter().product();
    println!("product {}", prod);
    let max = data.iter().cloned().fold(f64::MIN, f64::max);
    let min = data.iter().cloned().fold(f64::MAX, f64::min);
    println!("range {}..{}", min, max);
    let above: Vec<&f64> = data.iter().filter(|&&x| x > mean).collect();
    println!("above mean: {:?}", above);
}
// expect: mean 5.000 variance 4.000 sd 2.000
// expect: product 201600
// expect: range 2..9
// expect: above mean: [7.0, 9.0]
