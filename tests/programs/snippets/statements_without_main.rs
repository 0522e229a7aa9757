// A snippet is just statements: it runs as the body of main.
let greeting = "hi";
let count = 3;
println!("{greeting} x{count}");
// expect: hi x3
