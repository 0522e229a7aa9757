// sum and product of floats start where std's do: a product from 1.0 (not the bits of the integer 1), an empty sum at -0.0.
fn main() {
    let data = vec![2.0, 4.0, 5.0];
    let prod: f64 = data.iter().product();
    let copied: f64 = data.iter().copied().product();
    println!("{} {}", prod, copied);
    let small: f32 = [1.5f32, 2.0].iter().product();
    println!("{}", small);
    let empty: Vec<f64> = Vec::new();
    let s: f64 = empty.iter().sum();
    let p: f64 = empty.iter().product();
    println!("{:?} {} {:?}", s, s.is_sign_negative(), p);
    let zero: f32 = [-0.0f32].iter().sum();
    println!("{:?}", zero);
}
// expect: 40 40
// expect: 3
// expect: -0.0 true 1.0
// expect: -0.0
