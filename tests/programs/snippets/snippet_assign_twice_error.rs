// Assigning twice to an immutable snippet variable reports E0384 at the snippet's line.
let x = 1;
x = 2;
println!("{}", x);
// error: E0384 at 3:1
