// An `impl Iterator<Item = i32>` result names no lifetime, so in edition 2021 it may not hold the borrow of `v` its body returns: E0700 at the returned value.
fn doubled(v: &[i32]) -> impl Iterator<Item = i32> {
    v.iter().map(|x| x * 2)
}

fn main() {
    let v = vec![1, 2, 3];
    let d: Vec<i32> = doubled(&v).collect();
    println!("{:?}", d);
}
// error: E0700 at 3:5
