// `flat_map(|w| w.parse().ok())` keeps the numbers that parse; each String is dropped inside the closure that took it.
let words = vec![String::from("1"), String::from("x"), String::from("30")];
let nums: Vec<i32> = words.into_iter().flat_map(|w| w.parse::<i32>().ok()).collect();
println!("{:?}", nums);
// expect: [1, 30]
