// Filtering an into_iter of Strings drops each rejected String as it is passed over, and keeps the buffer.
let v = vec![String::from("keep"), String::from("x"), String::from("also")];
let kept: Vec<String> = v.into_iter().filter(|s| s.len() > 1).collect();
println!("{:?} cap {}", kept, kept.capacity());
// expect: ["keep", "also"] cap 3
