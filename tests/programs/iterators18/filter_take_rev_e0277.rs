// `rev` after `take` over a filter: Filter is no ExactSizeIterator, rustc's E0277 at the `rev`.
fn main() {
    let v = vec![1, 2, 3, 4];
    let r: Vec<&i32> = v.iter().filter(|x| **x > 1).take(2).rev().collect();
    println!("{:?}", r);
}
// error: E0277 at 4:61
// headline: differs: rustc names the closure in Filter<.., {closure@..}>, which the engine writes as `..`
