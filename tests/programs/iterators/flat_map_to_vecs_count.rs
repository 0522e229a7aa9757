// An iterator adapter the engine does not run yet (`flat_map`) is named as not supported, never an error in the program.
fn main() {
    let v = vec![1, 2, 3, 4];
    let total: i32 = v.iter().sum();
    let pairs = v.iter().flat_map(|x| vec![*x, *x]).count();
    println!("{} {}", total, pairs);
}
// expect: 10 8
// unsupported: the method `flat_map`
