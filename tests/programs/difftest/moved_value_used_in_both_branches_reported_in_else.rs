// Regression (difftest): a moved value used in both branches of an `if` was reported in the `then` branch; rustc's borrow checker visits the `else` first and reports one error per move.
let s = String::from("a");
let t = s;
if t.len() > 0 {
    println!("{}", s);
} else {
    println!("{}", s.len());
}
// error: E0382 at 7:20
