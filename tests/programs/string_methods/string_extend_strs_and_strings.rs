// String::extend with &strs pushes each; with Strings it pushes each and drops it.
let mut s = String::new();
s.extend(vec!["one", " ", "two"]);
s.extend(vec![String::from(" three")]);
println!("{s} {}", s.capacity());
// expect: one two three 16
