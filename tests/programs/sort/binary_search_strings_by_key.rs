// A key that owns heap memory is made and dropped at each probe.
let names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
let at = names.binary_search_by_key(&String::from("BOB"), |n| n.to_uppercase());
println!("{at:?}");
// expect: Ok(1)
