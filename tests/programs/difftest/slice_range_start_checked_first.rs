// Regression (difftest): &v[2..5] on an empty Vec reported the end index; std checks the start against the length first.
let v: Vec<u8> = Vec::new();
println!("{}", v.len());
let s = &v[2..5];
println!("{:?}", s);
// expect: 0
// panic: range start index 2 out of range for slice of length 0
// panic-at: 4:11
