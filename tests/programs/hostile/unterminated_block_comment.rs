// A block comment that is never closed is rejected with E0758.
let x = 1;
/* this comment never ends
println!("{}", x);
// error: E0758 at 3:1
