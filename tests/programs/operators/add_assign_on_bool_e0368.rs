// `+=` on a bool is error E0368, rustc's code for compound assignment, not E0369 as for `+`.
let mut done = false;
done += true;
println!("{}", done);
// error: E0368 at 3:1
