// A String by value is not a pattern (a &String is): E0277 at the argument.
let s = "a,b";
let comma = String::from(",");
println!("{}", s.contains(&comma));
println!("{}", s.contains(comma));
// error: E0277 at 5:27
