// Regression (difftest): a moved value used in a `for` body and after the loop was reported in the body; rustc visits the code after the loop first and reports one error per move.
let s = String::from("a");
let t = s;
for _ in 0..2 {
    println!("{}", s);
}
println!("{} {}", s, t);
// error: E0382 at 7:19
