// `flat_map` to a fresh Vec per item: each Vec is allocated by the closure and freed once its items are spent.
fn main() {
    let v = vec![1, 2, 3, 4];
    let total: i32 = v.iter().sum();
    let pairs = v.iter().flat_map(|x| vec![*x, *x]).count();
    println!("{} {}", total, pairs);
}
// expect: 10 8
