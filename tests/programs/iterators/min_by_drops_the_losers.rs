// `min_by` over owned Strings drops each item it does not keep as it goes, and an empty iterator gives None.
let names = vec![String::from("Zed"), String::from("Amy"), String::from("Bob")];
let first = names.into_iter().min_by(|a, b| a.cmp(b));
println!("{:?}", first);
let none: Option<i32> = Vec::new().into_iter().max_by(|a: &i32, b: &i32| a.cmp(b));
println!("{:?}", none);
// expect: Some("Amy")
// expect: None
