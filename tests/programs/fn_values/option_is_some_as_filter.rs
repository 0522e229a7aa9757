// `Option::is_some` takes `&Option<T>`, which is what `filter` passes, and `Option::unwrap` takes the Option by value.
fn main() {
    let v = vec![Some(1), None, Some(3)];
    let kept: Vec<i32> = v.iter().copied().filter(Option::is_some).map(Option::unwrap).collect();
    println!("{:?}", kept);
}
// expect: [1, 3]
