// Regression (difftest): a moved Box used as `bx` and then as `*bx`: rustc keeps one error per move, and a use of `*bx` replaces the reported use of `bx` (the place used is not a prefix of the one reported), so it reports the `*bx`.
let bx = Box::new(String::from("a"));
let moved = bx;
println!("{:?}", bx);
let s = (*bx).clone();
println!("{} {}", s, moved);
// error: E0382 at 5:9
