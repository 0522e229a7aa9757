// `v.get(i)` returns `Some(&v[i])` in range and `None` past the end, instead of panicking.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let third: Option<&i32> = v.get(2);
    match third {
        Some(third) => println!("The third element is {third}"),
        None => println!("There is no third element."),
    }
    let hundredth = v.get(100);
    println!("{:?}", hundredth);
}
// expect: The third element is 3
// expect: None
