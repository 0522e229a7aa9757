// Regression (difftest): a use of a moved value written in parentheses was pointed at inside them; rustc points at the `(`.
let s = String::new();
let t = (s);
println!("{} {}", t, (s));
// error: E0382 at 4:22
