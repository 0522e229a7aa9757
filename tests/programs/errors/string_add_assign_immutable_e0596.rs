// `+=` on a String calls AddAssign with `&mut s`, so on a binding not declared `mut` it is E0596 (a borrow), not E0384 (an assignment).
let s = String::from("a");
s += "b";
println!("{}", s);
// error: E0596 at 3:1
