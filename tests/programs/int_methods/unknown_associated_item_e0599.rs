// An integer type has no associated item of an unknown name: E0599 at the name.
let x = i32::LARGEST;
println!("{}", x);
// error: E0599 at 2:14
