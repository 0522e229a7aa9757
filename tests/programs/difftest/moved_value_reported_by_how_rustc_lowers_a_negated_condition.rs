// Regression (difftest, seed 2701008219): a value moved before `if (!c) && d { while .. { use } }` and used after it is reported in the loop: rustc lowers `!` and `&&` so the search reaches the if's `else` first, and the loop's body comes before the code after the if.
let s = String::from("a");
let t = s;
let c = t.len() > 0;
let mut i = 0;
if (!c) && true {
    while i < 1 {
        println!("{}", s);
        i += 1;
    }
}
println!("{} {}", s, t);
// error: E0382 at 8:24
