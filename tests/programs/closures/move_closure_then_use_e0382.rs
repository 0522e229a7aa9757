// A `move` closure takes the String: printing it afterwards is E0382.
let s = String::from("gone");
let f = move || s.len();
println!("{}", f());
println!("{s}");
// error: E0382 at 5:12
