// Vec<i32>::extend with &str items is E0277 at the method: Vec<i32> does not implement Extend<&str>.
let mut v: Vec<i32> = vec![1];
v.extend(vec!["a"]);
println!("{:?}", v);
// error: E0277 at 3:3
