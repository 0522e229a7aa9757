// A value moved before `if !c || d { while .. { use } }` and used after it is reported after the if: `d`'s test reaches the `then` first, so the loop's body is visited after the code that follows, and one error is kept per move.
let s = String::from("a");
let t = s;
let c = t.len() > 0;
let d = t.len() > 1;
let mut i = 0;
if !c || d {
    while i < 1 {
        println!("{}", s);
        i += 1;
    }
}
println!("{} {}", s, t);
// error: E0382 at 13:19
