// An error in a snippet is reported at the learner's own line, not the line inside the generated main.
let s = String::from("mine");
let t = s;
println!("{}", t);
println!("{}", s);
// error: E0382 at 5:16
