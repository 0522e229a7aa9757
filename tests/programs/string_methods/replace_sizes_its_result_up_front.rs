// Regression (difftest): replace gives its String the text's length up front when the replacement is no shorter than the pattern, else starts empty and grows by push_str.
let a = String::from("rust").replace("a", "xy");
println!("{} {}", a, a.capacity());
let b = "banana".replace("an", "A");
println!("{} {}", b, b.capacity());
let c = "banana".replace('a', "<>");
println!("{} {}", c, c.capacity());
// expect: rust 4
// expect: bAAa 8
// expect: b<>n<>n<> 12
