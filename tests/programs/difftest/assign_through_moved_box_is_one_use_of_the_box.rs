// Regression (difftest, seeds 2703008523 and 2707008943): `*b = v` on a moved Box is a use of `b` itself, so a `println!` of `b` before it keeps the report and no second error replaces it (the engine reported the assignment, in a loop after).
let mut b: Box<i32> = Box::new(5);
let moved_away = b;
println!("{:?}", b);
let mut i = 0;
while i < 2 {
    *b = 9;
    i += 1;
}
println!("{}", moved_away);
// error: E0382 at 4:18
