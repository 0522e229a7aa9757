// Shadowing works the same at the top level of a snippet.
let x = "5";
let x = x.len() * 10;
println!("{}", x);
// expect: 10
